package dataport.imports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import dataport.catalog.CategoryRef;
import dataport.imports.ErrorReport;
import dataport.imports.ImportField;
import dataport.imports.ImportFileException;
import dataport.imports.ImportMapping;
import dataport.imports.ImportReport;
import dataport.imports.ImportService;
import dataport.imports.ImportValues;
import dataport.imports.PreparedRow;
import dataport.imports.RowError;
import dataport.imports.Sheet;
import dataport.imports.SheetReader;
import dataport.shared.ui.Countries;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Bulk import in four steps on one page: upload, match columns (and values), check rows, import with a progress bar.
 * Merchants import into their own merchant (workspace/import); an ADMIN for several merchants (admin/import). The
 * service checks who may do what; this page only shows it.
 */
@Route(value = ImportView.ROUTE, layout = MainLayout.class)
@RouteAlias(value = ImportView.ADMIN_ROUTE, layout = MainLayout.class)
@RolesAllowed({"MERCHANT", "ADMIN"})
public class ImportView extends Div implements HasDynamicTitle {

    static final String ROUTE = "workspace/import";
    static final String ADMIN_ROUTE = "admin/import";
    static final int MAX_VALUES_SHOWN = 60;

    private final ImportService imports;
    private final List<CategoryRef> categories;
    private final Div fileStep = new Div();
    private final Div mappingStep = new Div();
    private final Div previewStep = new Div();
    private final Div resultStep = new Div();
    final Span fileError = new Span();
    final Span fileInfo = new Span();
    final Span mappingError = new Span();
    final Map<ImportField, ComboBox<String>> columnPickers = new EnumMap<>(ImportField.class);
    final Map<ImportField, ComboBox<String>> defaultPickers = new EnumMap<>(ImportField.class);
    final Grid<PreparedRow> previewGrid = new Grid<>();
    final Checkbox onlyErrors = new Checkbox();
    final Button importButton = new Button();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph resultSummary = new Paragraph();

    /** Runs the import off the request thread; tests run it inline. */
    Executor executor = task -> Thread.ofVirtual().name("bulk-import").start(task);

    Sheet sheet;
    ImportMapping mapping;
    ImportService.Preview preview;
    ImportReport report;

    ImportView(ImportService imports) {
        this.imports = imports;
        this.categories = imports.categories();
        addClassName("dp-page");
        addClassName("dp-import");
        setId("import-page");
        Paragraph lead =
                new Paragraph(getTranslation(imports.forSeveralMerchants() ? "import.admin.lead" : "import.lead"));
        lead.addClassName("dp-muted");
        add(new H1(getTranslation("import.title")), lead, fileStep, mappingStep, previewStep, resultStep);
        buildFileStep();
        mappingStep.setId("import-mapping");
        previewStep.setId("import-preview");
        resultStep.setId("import-result");
        mappingStep.setVisible(false);
        previewStep.setVisible(false);
        resultStep.setVisible(false);
    }

    // ---- 1. upload

    private void buildFileStep() {
        fileStep.setId("import-upload");
        fileStep.addClassName("dp-import-step");
        Upload upload = new Upload(this::receive);
        upload.setId("import-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SheetReader.MAX_BYTES + 1);
        upload.setAcceptedFileTypes(
                ".csv",
                "text/csv",
                ".txt",
                ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("import.upload.button"))
                .setMany(getTranslation("import.upload.button")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.upload.too-large", SheetReader.MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("import.upload.wrong-type"))
                .setTooManyFiles(getTranslation("import.upload.wrong-type")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        Paragraph hint = new Paragraph(
                getTranslation("import.upload.hint", SheetReader.MAX_BYTES / (1024 * 1024), SheetReader.MAX_ROWS));
        hint.addClassName("dp-muted");
        fileError.setId("import-file-error");
        fileError.addClassName("dp-error");
        fileError.getElement().setAttribute("role", "alert");
        fileError.setVisible(false);
        fileInfo.setId("import-file-info");
        fileInfo.addClassName("dp-muted");
        fileStep.add(new H2(getTranslation("import.step.upload")), hint, upload, fileError, fileInfo);
    }

    /** Reads at most one byte over the limit, so a forged huge upload is never buffered whole. */
    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(SheetReader.MAX_BYTES + 1);
        }
        String fileName = event.getFileName();
        event.getUI().access(() -> uploaded(fileName, bytes));
    }

    /** The file's bytes arrived: read them (the server decides what is acceptable) and suggest a mapping. */
    void uploaded(String fileName, byte[] bytes) {
        try {
            sheet = imports.read(fileName, bytes);
        } catch (ImportFileException e) {
            showFileError(getTranslation(e.key(), e.args()));
            return;
        }
        fileError.setVisible(false);
        String info = getTranslation(
                "import.file.read", fileName, sheet.size(), sheet.headers().size());
        if (sheet.encoding() != null) {
            info += " "
                    + getTranslation(
                            "import.file.encoding",
                            sheet.encoding(),
                            sheet.delimiter() == '\t' ? "Tab" : sheet.delimiter());
        }
        fileInfo.setText(info);
        mapping = imports.suggestMapping(sheet);
        report = null;
        preview = null;
        previewStep.setVisible(false);
        resultStep.setVisible(false);
        buildMappingStep();
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    // ---- 2. mapping

    private void buildMappingStep() {
        mappingStep.removeAll();
        columnPickers.clear();
        defaultPickers.clear();
        mappingStep.setVisible(true);
        mappingStep.addClassName("dp-import-step");
        Paragraph lead = new Paragraph(getTranslation("import.mapping.lead"));
        lead.addClassName("dp-muted");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("960px", 3));
        for (ImportField field : fields()) {
            ComboBox<String> picker = new ComboBox<>(getTranslation("import.field." + field.name()));
            picker.setId("map-" + field.name());
            picker.setItems(sheet.headers());
            picker.setPlaceholder(getTranslation("import.mapping.none"));
            picker.setClearButtonVisible(true);
            picker.setValue(mapping.column(field).orElse(null));
            sample(picker, field);
            picker.addValueChangeListener(e -> {
                if (!e.isFromClient()) return;
                mapping = mapping.withColumn(field, e.getValue());
                buildMappingStep();
            });
            columnPickers.put(field, picker);
            form.add(picker);
        }
        mappingError.setId("import-mapping-error");
        mappingError.addClassName("dp-error");
        mappingError.getElement().setAttribute("role", "alert");
        mappingError.setVisible(false);

        Div values = valueSection();
        Button check = new Button(getTranslation("import.mapping.check"), e -> check());
        check.setId("import-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mappingStep.add(new H2(getTranslation("import.step.mapping")), lead, form, values, mappingError, check);
    }

    /** Value-mapped fields: per distinct value of a mapped column a target; per unmapped field a default. */
    private Div valueSection() {
        Div section = new Div();
        section.setId("import-values");
        section.add(new H3(getTranslation("import.mapping.values")));
        Paragraph lead = new Paragraph(getTranslation("import.mapping.values.lead"));
        lead.addClassName("dp-muted");
        section.add(lead);
        FormLayout defaults = new FormLayout();
        defaults.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("960px", 3));
        for (ImportField field : fields()) {
            boolean mapped = mapping.column(field).isPresent();
            boolean defaultable = field.isValueMapped() || field == ImportField.PROVIDER_COUNTRY;
            if (!mapped && defaultable) {
                ComboBox<String> fallback = new ComboBox<>(getTranslation("import.field." + field.name()) + " · "
                        + getTranslation("import.mapping.default"));
                fallback.setId("default-" + field.name());
                List<String> targets = field == ImportField.PROVIDER_COUNTRY
                        ? Arrays.stream(Locale.getISOCountries()).toList()
                        : ImportValues.targets(field, categories);
                fallback.setItems(targets);
                fallback.setItemLabelGenerator(v -> valueLabel(field, v));
                fallback.setClearButtonVisible(true);
                fallback.setValue(mapping.defaults().get(field));
                fallback.addValueChangeListener(e -> mapping = mapping.withDefault(field, e.getValue()));
                defaultPickers.put(field, fallback);
                defaults.add(fallback);
            }
        }
        section.add(defaults);
        for (ImportField field : fields()) {
            if (!field.isValueMapped() || mapping.column(field).isEmpty()) {
                continue;
            }
            List<String> distinct = ImportService.distinctValues(sheet, mapping, field, MAX_VALUES_SHOWN);
            if (distinct.isEmpty()) continue;
            Div group = new Div();
            group.addClassName("dp-import-values");
            group.add(new H3(getTranslation("import.field." + field.name())));
            FormLayout pickers = new FormLayout();
            pickers.setResponsiveSteps(
                    new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("600px", 2),
                    new FormLayout.ResponsiveStep("960px", 3));
            int n = 0;
            for (String raw : distinct) {
                ComboBox<String> target = new ComboBox<>(raw);
                target.setId("value-" + field.name() + "-" + n++);
                target.addClassName("dp-import-value");
                target.setItems(ImportValues.targets(field, categories));
                target.setItemLabelGenerator(v -> valueLabel(field, v));
                target.setPlaceholder(getTranslation("import.mapping.value.unknown"));
                target.setValue(mapping.resolve(field, raw, categories).orElse(null));
                target.setInvalid(target.getValue() == null);
                target.addValueChangeListener(e -> {
                    mapping = mapping.withValue(field, raw, e.getValue());
                    target.setInvalid(e.getValue() == null);
                });
                pickers.add(target);
            }
            group.add(pickers);
            section.add(group);
        }
        return section;
    }

    private void sample(ComboBox<String> picker, ImportField field) {
        int column = mapping.column(field).map(sheet.headers()::indexOf).orElse(-1);
        if (column >= 0) {
            String value = sheet.cell(0, column);
            picker.setHelperText(getTranslation("import.mapping.sample", abbreviate(value, 40)));
        } else {
            picker.setHelperText(null);
        }
    }

    private List<ImportField> fields() {
        return Arrays.stream(ImportField.values())
                .filter(f -> imports.forSeveralMerchants()
                        || (f != ImportField.PROVIDER && f != ImportField.PROVIDER_COUNTRY))
                .toList();
    }

    String valueLabel(ImportField field, String value) {
        return switch (field) {
            case CATEGORY ->
                categories.stream()
                        .filter(c -> c.code().equals(value))
                        .findFirst()
                        .map(c -> c.parent() == null
                                ? c.name().in(getLocale())
                                : c.parent().name().in(getLocale()) + " › "
                                        + c.name().in(getLocale()))
                        .orElse(value);
            case DELIVERY_MODE -> getTranslation("delivery." + value);
            case CLASSIFICATION -> getTranslation("classification." + value);
            case UPDATE_FREQUENCY -> getTranslation("frequency." + value);
            case PERSONAL_INFORMATION, CROSS_BORDER, PLAN_MODEL, PLAN_PERIOD -> getTranslation("import.value." + value);
            case PROVIDER_COUNTRY -> Countries.name(value, getLocale()) + " (" + value + ")";
            default -> value;
        };
    }

    // ---- 3. preview

    void check() {
        preview = imports.preview(sheet, mapping);
        if (!preview.mappingErrors().isEmpty()) {
            mappingError.setText(getTranslation("import.mapping.errors") + " "
                    + preview.mappingErrors().stream()
                            .map(e -> getTranslation("import.field." + e.field().name()) + ": "
                                    + getTranslation(e.key(), e.args().toArray()))
                            .collect(Collectors.joining(" ")));
            mappingError.setVisible(true);
            previewStep.setVisible(false);
            return;
        }
        mappingError.setVisible(false);
        buildPreviewStep();
    }

    private void buildPreviewStep() {
        previewStep.removeAll();
        previewStep.setVisible(true);
        previewStep.addClassName("dp-import-step");
        long valid = preview.validRows();
        long invalid = preview.rows().size() - valid;
        Paragraph summary = new Paragraph(getTranslation("import.preview.summary", valid, invalid));
        summary.setId("import-preview-summary");

        previewGrid.removeAllColumns();
        previewGrid.setId("import-preview-grid");
        previewGrid
                .addColumn(PreparedRow::line)
                .setHeader(getTranslation("import.preview.line"))
                .setWidth("5rem")
                .setFlexGrow(0);
        previewGrid
                .addColumn(r -> r.content().title().in(getLocale()))
                .setHeader(getTranslation("import.preview.listing"))
                .setFlexGrow(3);
        previewGrid
                .addColumn(r -> r.content().categoryCode() == null ? "" : valueLabel(ImportField.CATEGORY, r.content().categoryCode()))
                .setHeader(getTranslation("import.preview.category"))
                .setFlexGrow(2);
        previewGrid
                .addColumn(this::planText)
                .setHeader(getTranslation("import.preview.plan"))
                .setFlexGrow(2);
        previewGrid
                .addComponentColumn(this::problems)
                .setHeader(getTranslation("import.preview.problems"))
                .setFlexGrow(4);
        previewGrid.setPageSize(100);
        previewGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        onlyErrors.setLabel(getTranslation("import.preview.only-errors"));
        onlyErrors.setId("import-only-errors");
        onlyErrors.addValueChangeListener(e -> showRows());
        showRows();

        Button back = new Button(getTranslation("import.preview.back"), e -> {
            previewStep.setVisible(false);
            mappingStep.setVisible(true);
        });
        back.setId("import-back");
        importButton.setText(getTranslation("import.preview.import", valid));
        importButton.setId("import-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(valid > 0);
        importButton.addClickListener(e -> startImport());
        Div actions = new Div(back, importButton);
        actions.addClassName("dp-import-actions");
        previewStep.add(new H2(getTranslation("import.step.preview")), summary, onlyErrors, previewGrid);
        if (invalid > 0) {
            previewStep.add(reportLink(preview.errors(), "import-preview-report"));
        }
        if (valid == 0) {
            Paragraph nothing = new Paragraph(getTranslation("import.preview.nothing"));
            nothing.addClassName("dp-error");
            previewStep.add(nothing);
        }
        previewStep.add(actions);
    }

    private void showRows() {
        List<PreparedRow> rows = Boolean.TRUE.equals(onlyErrors.getValue())
                ? preview.rows().stream().filter(r -> !r.valid()).toList()
                : preview.rows();
        previewGrid.setItems(rows);
    }

    private Component problems(PreparedRow row) {
        Span text = new Span();
        if (row.valid()) {
            text.setText(getTranslation("import.preview.ok"));
            text.addClassName("dp-import-ok");
        } else {
            text.setText(row.errors().stream().map(this::message).collect(Collectors.joining(" ")));
            text.addClassName("dp-import-problem");
        }
        return text;
    }

    private String planText(PreparedRow row) {
        if (row.content().plans().isEmpty()) return "";
        var plan = row.content().plans().getFirst();
        String name = plan.name().in(getLocale());
        return plan.price() == null ? name : name + " · " + plan.price().format(getLocale());
    }

    String message(RowError error) {
        String text = getTranslation(error.key(), error.args().toArray());
        return error.field() == null
                ? text
                : getTranslation("import.field." + error.field().name()) + ": " + text;
    }

    // ---- 4. import

    private void startImport() {
        importButton.setEnabled(false);
        mappingStep.setVisible(false);
        previewStep.setVisible(false);
        resultStep.removeAll();
        resultStep.setVisible(true);
        resultStep.addClassName("dp-import-step");
        int total = sheet.size();
        progressBar.setId("import-progress");
        progressBar.setMin(0);
        progressBar.setMax(total);
        progressBar.setValue(0);
        progressText.setId("import-progress-text");
        progressText.setText(getTranslation("import.progress", 0, total));
        resultSummary.setId("import-result-summary");
        resultSummary.setText("");
        resultStep.add(new H2(getTranslation("import.step.result")), progressBar, progressText, resultSummary);

        UI ui = UI.getCurrent();
        Sheet importing = sheet;
        ImportMapping using = mapping;
        // No @Push in the app shell: the browser polls while the import runs.
        ui.setPollInterval(500);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportReport done = imports.run(importing, using, rows -> onUi(ui, () -> progress(rows, total)));
                onUi(ui, () -> finished(done));
            } catch (RuntimeException e) {
                onUi(ui, () -> failed(e));
            }
        }));
    }

    private void progress(int rows, int total) {
        progressBar.setValue(Math.min(rows, total));
        progressText.setText(getTranslation("import.progress", rows, total));
    }

    private void finished(ImportReport done) {
        report = done;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        progress(done.total(), done.total());
        resultSummary.setText(getTranslation("import.result.summary", done.created(), done.updated(), done.failedRows())
                + " "
                + getTranslation(
                        "import.result.time",
                        BigDecimal.valueOf(done.millis()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP)));
        Paragraph drafts = new Paragraph(getTranslation("import.result.drafts"));
        drafts.addClassName("dp-muted");
        resultStep.add(drafts);
        if (!done.errors().isEmpty()) {
            resultStep.add(reportLink(done.errors(), "import-error-report"));
        }
        Div actions = new Div();
        actions.addClassName("dp-import-actions");
        if (!imports.forSeveralMerchants()) {
            actions.add(new Anchor("workspace/listings", getTranslation("import.result.my-listings")));
        }
        Button again = new Button(getTranslation("import.result.again"), e -> {
            resultStep.setVisible(false);
            mappingStep.setVisible(false);
            sheet = null;
            fileInfo.setText("");
        });
        again.setId("import-again");
        actions.add(again);
        resultStep.add(actions);
    }

    private void failed(RuntimeException e) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        resultSummary.setText(getTranslation("import.result.failed"));
        resultSummary.addClassName("dp-error");
        org.slf4j.LoggerFactory.getLogger(ImportView.class).error("Bulk import failed", e);
    }

    private Anchor reportLink(List<RowError> errors, String id) {
        Sheet of = sheet;
        Locale locale = getLocale();
        String fileName = "import-errors.csv";
        byte[] csv = ErrorReport.csv(
                of,
                errors,
                new String[] {
                    getTranslation("import.report.line"),
                    getTranslation("import.report.field"),
                    getTranslation("import.report.error")
                },
                f -> getTranslation(locale, "import.field." + f.name()),
                e -> getTranslation(locale, e.key(), e.args().toArray()));
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv), fileName, "text/csv; charset=UTF-8", csv.length)),
                getTranslation("import.report.download"));
        link.setId(id);
        link.getElement().setAttribute("download", fileName);
        link.addClassName("dp-import-report");
        return link;
    }

    /** Runs on the UI: directly when this thread already holds the session (tests), else through access(). */
    private static void onUi(UI ui, Runnable change) {
        VaadinSession session = ui.getSession();
        if (session != null && session.hasLock()) {
            change.run();
        } else {
            ui.access(change::run);
        }
    }

    private static String abbreviate(String value, int max) {
        String oneLine = value.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    // Tests reach the state through methods: the view may be a security proxy whose own fields stay empty.
    ImportService imports() {
        return imports;
    }

    ImportMapping mapping() {
        return mapping;
    }

    ImportService.Preview preview() {
        return preview;
    }

    void runImportsWith(Executor executor) {
        this.executor = executor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
