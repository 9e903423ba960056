package dataport.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.imports.ImportField;
import dataport.imports.ImportMapping;
import dataport.imports.ImportService;
import dataport.imports.ImportValues;
import dataport.imports.RowError;
import dataport.imports.Sheet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Step 2: which column holds which field, and for value-mapped fields which DataPort value each distinct value of the
 * column means (or a default when no column has the field). Changing a column rebuilds the step.
 */
class MappingStep extends Div {

    static final int MAX_VALUES_SHOWN = 60;

    private final ImportTexts texts;
    private final List<ImportField> fields;
    private final Runnable onCheck;
    private final Function<String, List<String>> providerNames;
    private final Span mappingError = new Span();
    private Sheet sheet;
    private ImportMapping mapping;

    /** {@code fields}: the fields the reader may map (the provider columns only for several merchants). */
    MappingStep(
            ImportTexts texts,
            List<ImportField> fields,
            Function<String, List<String>> providerNames,
            Runnable onCheck) {
        this.texts = texts;
        this.fields = fields;
        this.providerNames = providerNames;
        this.onCheck = onCheck;
        setId("import-mapping");
        addClassName("dp-import-step");
        mappingError.setId("import-mapping-error");
        mappingError.addClassName("dp-error");
        mappingError.getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Shows the mapping of a newly read sheet, starting from the suggested one. */
    void show(Sheet sheet, ImportMapping suggested) {
        this.sheet = sheet;
        this.mapping = suggested;
        build();
    }

    /** The mapping as the reader has set it so far. */
    ImportMapping mapping() {
        return mapping;
    }

    /** The mapping cannot work (a required column is missing): said next to the button. */
    void showErrors(List<RowError> errors) {
        mappingError.setText(getTranslation("import.mapping.errors") + " "
                + errors.stream()
                        .map(e -> texts.fieldName(e.field()) + ": "
                                + getTranslation(e.key(), e.args().toArray()))
                        .collect(Collectors.joining(" ")));
        mappingError.setVisible(true);
    }

    void clearErrors() {
        mappingError.setVisible(false);
    }

    private void build() {
        removeAll();
        setVisible(true);
        Paragraph lead = new Paragraph(getTranslation("import.mapping.lead"));
        lead.addClassName("dp-muted");
        FormLayout form = threeColumns();
        for (ImportField field : fields) {
            ComboBox<String> picker = new ComboBox<>(texts.fieldName(field));
            picker.setId("map-" + field.name());
            picker.setItems(sheet.headers());
            picker.setPlaceholder(getTranslation("import.mapping.none"));
            picker.setClearButtonVisible(true);
            picker.setValue(mapping.column(field).orElse(null));
            sample(picker, field);
            picker.addValueChangeListener(e -> {
                if (!e.isFromClient()) return;
                mapping = mapping.withColumn(field, e.getValue());
                build();
            });
            form.add(picker);
        }
        mappingError.setVisible(false);
        Button check = new Button(getTranslation("import.mapping.check"), e -> onCheck.run());
        check.setId("import-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("import.step.mapping")), lead, form, valueSection(), mappingError, check);
    }

    /** Value-mapped fields: per distinct value of a mapped column a target; per unmapped field a default. */
    private Div valueSection() {
        Div section = new Div();
        section.setId("import-values");
        section.add(new H3(getTranslation("import.mapping.values")));
        Paragraph lead = new Paragraph(getTranslation("import.mapping.values.lead"));
        lead.addClassName("dp-muted");
        section.add(lead);
        FormLayout defaults = threeColumns();
        for (ImportField field : fields) {
            boolean mapped = mapping.column(field).isPresent();
            if (!mapped && field == ImportField.PROVIDER) {
                defaults.add(providerForEveryRow());
                continue;
            }
            boolean defaultable = field.isValueMapped() || field == ImportField.PROVIDER_COUNTRY;
            if (!mapped && defaultable) {
                ComboBox<String> fallback =
                        new ComboBox<>(texts.fieldName(field) + " · " + getTranslation("import.mapping.default"));
                fallback.setId("default-" + field.name());
                List<String> targets = field == ImportField.PROVIDER_COUNTRY
                        ? Arrays.stream(Locale.getISOCountries()).toList()
                        : ImportValues.targets(field, texts.categories());
                fallback.setItems(targets);
                fallback.setItemLabelGenerator(v -> texts.valueLabel(field, v));
                fallback.setClearButtonVisible(true);
                fallback.setValue(mapping.defaults().get(field));
                fallback.addValueChangeListener(e -> mapping = mapping.withDefault(field, e.getValue()));
                defaults.add(fallback);
            }
        }
        section.add(defaults);
        for (ImportField field : fields) {
            if (field.isValueMapped() && mapping.column(field).isPresent()) {
                valueGroup(field).ifPresent(section::add);
            }
        }
        return section;
    }

    /**
     * Without a provider column an ADMIN names one provider for every row: an existing merchant picked from the list,
     * or a new merchant's name typed in (created at import, in the provider country given as a default).
     */
    private ComboBox<String> providerForEveryRow() {
        ComboBox<String> provider = new ComboBox<>(
                texts.fieldName(ImportField.PROVIDER) + " · " + getTranslation("import.mapping.default"));
        provider.setId("default-PROVIDER");
        provider.setAllowCustomValue(true);
        provider.setClearButtonVisible(true);
        provider.setHelperText(getTranslation("import.mapping.provider-default.help"));
        provider.setItems(query -> providerNames.apply(query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        provider.setValue(mapping.defaults().get(ImportField.PROVIDER));
        provider.addValueChangeListener(e -> mapping = mapping.withDefault(ImportField.PROVIDER, e.getValue()));
        provider.addCustomValueSetListener(e -> provider.setValue(e.getDetail().strip()));
        return provider;
    }

    private Optional<Div> valueGroup(ImportField field) {
        List<String> distinct = ImportService.distinctValues(sheet, mapping, field, MAX_VALUES_SHOWN);
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        Div group = new Div();
        group.addClassName("dp-import-values");
        group.add(new H3(texts.fieldName(field)));
        FormLayout pickers = threeColumns();
        int n = 0;
        for (String raw : distinct) {
            ComboBox<String> target = new ComboBox<>(raw);
            target.setId("value-" + field.name() + "-" + n++);
            target.addClassName("dp-import-value");
            target.setItems(ImportValues.targets(field, texts.categories()));
            target.setItemLabelGenerator(v -> texts.valueLabel(field, v));
            target.setPlaceholder(getTranslation("import.mapping.value.unknown"));
            target.setValue(mapping.resolve(field, raw, texts.categories()).orElse(null));
            target.setInvalid(target.getValue() == null);
            target.addValueChangeListener(e -> {
                mapping = mapping.withValue(field, raw, e.getValue());
                target.setInvalid(e.getValue() == null);
            });
            pickers.add(target);
        }
        group.add(pickers);
        return Optional.of(group);
    }

    private void sample(ComboBox<String> picker, ImportField field) {
        int column = mapping.column(field).map(sheet.headers()::indexOf).orElse(-1);
        if (column >= 0) {
            picker.setHelperText(getTranslation("import.mapping.sample", abbreviate(sheet.cell(0, column), 40)));
        } else {
            picker.setHelperText(null);
        }
    }

    private static FormLayout threeColumns() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("960px", 3));
        return form;
    }

    private static String abbreviate(String value, int max) {
        String oneLine = value.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
