package dataport.imports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.imports.ImportField;
import dataport.imports.ImportService;
import dataport.imports.PreparedRow;
import dataport.imports.Sheet;
import java.util.List;
import java.util.stream.Collectors;

/** Step 3: every row with its problems, the error report, and the button that imports the valid rows. */
class PreviewStep extends Div {

    private final ImportTexts texts;
    private final Runnable onBack;
    private final Runnable onImport;
    private final Grid<PreparedRow> grid = new Grid<>();
    private final Checkbox onlyErrors = new Checkbox();
    private final Button importButton = new Button();
    private ImportService.Preview preview;

    PreviewStep(ImportTexts texts, Runnable onBack, Runnable onImport) {
        this.texts = texts;
        this.onBack = onBack;
        this.onImport = onImport;
        setId("import-preview");
        addClassName("dp-import-step");
        grid.setId("import-preview-grid");
        grid.addColumn(PreparedRow::line)
                .setHeader(getTranslation("import.preview.line"))
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.content().title().in(getLocale()))
                .setHeader(getTranslation("import.preview.listing"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.content().categoryCode() == null
                        ? ""
                        : texts.valueLabel(ImportField.CATEGORY, r.content().categoryCode()))
                .setHeader(getTranslation("import.preview.category"))
                .setFlexGrow(2);
        grid.addColumn(this::planText)
                .setHeader(getTranslation("import.preview.plan"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::problems)
                .setHeader(getTranslation("import.preview.problems"))
                .setFlexGrow(4);
        grid.setPageSize(100);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        onlyErrors.setLabel(getTranslation("import.preview.only-errors"));
        onlyErrors.setId("import-only-errors");
        onlyErrors.addValueChangeListener(e -> showRows());
        importButton.setId("import-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> {
            importButton.setEnabled(false);
            onImport.run();
        });
        setVisible(false);
    }

    void show(ImportService.Preview preview, Sheet sheet) {
        this.preview = preview;
        removeAll();
        setVisible(true);
        long valid = preview.validRows();
        long invalid = preview.rows().size() - valid;
        Paragraph summary = new Paragraph(getTranslation("import.preview.summary", valid, invalid));
        summary.setId("import-preview-summary");
        showRows();

        Button back = new Button(getTranslation("import.preview.back"), e -> onBack.run());
        back.setId("import-back");
        importButton.setText(getTranslation("import.preview.import", valid));
        importButton.setEnabled(valid > 0);
        Div actions = new Div(back, importButton);
        actions.addClassName("dp-import-actions");
        add(new H2(getTranslation("import.step.preview")), summary, onlyErrors, grid);
        if (invalid > 0) {
            add(texts.reportLink(sheet, preview.errors(), "import-preview-report"));
        }
        if (valid == 0) {
            Paragraph nothing = new Paragraph(getTranslation("import.preview.nothing"));
            nothing.addClassName("dp-error");
            add(nothing);
        }
        add(actions);
    }

    private void showRows() {
        if (preview == null) {
            return;
        }
        List<PreparedRow> rows = Boolean.TRUE.equals(onlyErrors.getValue())
                ? preview.rows().stream().filter(r -> !r.valid()).toList()
                : preview.rows();
        grid.setItems(rows);
    }

    private Component problems(PreparedRow row) {
        Span text = new Span();
        if (row.valid()) {
            text.setText(getTranslation("import.preview.ok"));
            text.addClassName("dp-import-ok");
        } else {
            text.setText(row.errors().stream().map(texts::message).collect(Collectors.joining(" ")));
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
}
