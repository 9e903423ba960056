package dataport.imports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.catalog.CategoryRef;
import dataport.imports.ErrorReport;
import dataport.imports.ImportField;
import dataport.imports.RowError;
import dataport.imports.Sheet;
import dataport.shared.ui.Countries;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** How the import's steps name values and problems in the reader's language, and the error report they offer. */
final class ImportTexts {

    private final Component owner;
    private final Supplier<Locale> locale;
    private final List<CategoryRef> categories;

    /** {@code locale}: the owner's ({@code this::getLocale}; Component's getter is protected). */
    ImportTexts(Component owner, Supplier<Locale> locale, List<CategoryRef> categories) {
        this.owner = owner;
        this.locale = locale;
        this.categories = categories;
    }

    List<CategoryRef> categories() {
        return categories;
    }

    /** A DataPort value of a value-mapped field as a choice reads ("Data products › Datasets", "Monthly"). */
    String valueLabel(ImportField field, String value) {
        Locale locale = this.locale.get();
        return switch (field) {
            case CATEGORY ->
                categories.stream()
                        .filter(c -> c.code().equals(value))
                        .findFirst()
                        .map(c -> c.parent() == null
                                ? c.name().in(locale)
                                : c.parent().name().in(locale) + " › "
                                        + c.name().in(locale))
                        .orElse(value);
            case DELIVERY_MODE -> owner.getTranslation("delivery." + value);
            case CLASSIFICATION -> owner.getTranslation("classification." + value);
            case UPDATE_FREQUENCY -> owner.getTranslation("frequency." + value);
            case PERSONAL_INFORMATION, CROSS_BORDER, PLAN_MODEL, PLAN_PERIOD ->
                owner.getTranslation("import.value." + value);
            case PROVIDER_COUNTRY -> Countries.name(value, locale) + " (" + value + ")";
            default -> value;
        };
    }

    String fieldName(ImportField field) {
        return owner.getTranslation("import.field." + field.name());
    }

    /** A row's problem, prefixed with its field's name when it has one. */
    String message(RowError error) {
        String text = owner.getTranslation(error.key(), error.args().toArray());
        return error.field() == null ? text : fieldName(error.field()) + ": " + text;
    }

    /** A link to download the problems as CSV (line, field, problem and the row as it was). */
    Anchor reportLink(Sheet sheet, List<RowError> errors, String id) {
        Locale locale = this.locale.get();
        String fileName = "import-errors.csv";
        byte[] csv = ErrorReport.csv(
                sheet,
                errors,
                new String[] {
                    owner.getTranslation("import.report.line"),
                    owner.getTranslation("import.report.field"),
                    owner.getTranslation("import.report.error")
                },
                f -> owner.getTranslation(locale, "import.field." + f.name()),
                e -> owner.getTranslation(locale, e.key(), e.args().toArray()));
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv), fileName, "text/csv; charset=UTF-8", csv.length)),
                owner.getTranslation("import.report.download"));
        link.setId(id);
        link.getElement().setAttribute("download", fileName);
        link.addClassName("dp-import-report");
        return link;
    }
}
