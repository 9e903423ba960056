package dataport.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dataport.catalog.CategoryRef;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingContent;
import dataport.catalog.ListingRules;
import dataport.catalog.UpdateFrequency;
import dataport.shared.ui.Countries;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editor's data facts: category, delivery, classification, personal information, cross-border use, update frequency,
 * regions, languages and tags. CORE data may never leave the country: the cross-border option is then disabled and
 * the form says why.
 */
class FactsSection extends Div implements EditorSection {

    static final List<String> LANGUAGES = List.of("zh", "en", "ja", "ko", "fr", "de", "es", "pt", "ru", "ar");

    final ComboBox<CategoryRef> category = new ComboBox<>();
    final Select<DeliveryMode> deliveryMode = new Select<>();
    final Select<DataClassification> classification = new Select<>();
    final RadioButtonGroup<Boolean> personalInformation = new RadioButtonGroup<>();
    final Checkbox crossBorder = new Checkbox();
    final Select<UpdateFrequency> updateFrequency = new Select<>();
    final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final TextField tags = new TextField();
    private final Map<String, HasValidation> fields;
    private final List<CategoryRef> subTracks;
    private boolean editable = true;

    FactsSection(List<CategoryRef> subTracks) {
        this.subTracks = subTracks;
        Locale locale = getLocale();
        category.setLabel(getTranslation("workspace.form.category"));
        category.setItems(subTracks);
        category.setItemLabelGenerator(
                c -> c.parent().name().in(locale) + " / " + c.name().in(locale));
        category.setId("listing-category");
        category.addValueChangeListener(e -> categoryChosen(e.getValue()));
        deliveryMode.setLabel(getTranslation("listing.delivery"));
        deliveryMode.setItems(DeliveryMode.values());
        deliveryMode.setItemLabelGenerator(m -> getTranslation("delivery." + m));
        deliveryMode.setId("listing-delivery");
        classification.setLabel(getTranslation("listing.classification"));
        classification.setItems(DataClassification.values());
        classification.setItemLabelGenerator(c -> getTranslation("classification." + c));
        classification.setId("listing-classification");
        classification.addValueChangeListener(e -> updateCrossBorder());
        personalInformation.setLabel(getTranslation("listing.personal-information"));
        personalInformation.setItems(Boolean.TRUE, Boolean.FALSE);
        personalInformation.setItemLabelGenerator(b -> getTranslation(b ? "common.yes" : "common.no"));
        personalInformation.setId("listing-personal-information");
        crossBorder.setLabel(getTranslation("workspace.form.cross-border"));
        crossBorder.setId("listing-cross-border");
        updateFrequency.setLabel(getTranslation("listing.update-frequency"));
        updateFrequency.setItems(UpdateFrequency.values());
        updateFrequency.setItemLabelGenerator(f -> f == null ? "" : getTranslation("frequency." + f));
        updateFrequency.setEmptySelectionAllowed(true);
        updateFrequency.setEmptySelectionCaption(getTranslation("workspace.form.frequency-none"));
        updateFrequency.setId("listing-frequency");
        regions.setLabel(getTranslation("listing.regions"));
        regions.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(c -> Countries.name(c, locale)))
                .toList());
        regions.setItemLabelGenerator(c -> Countries.name(c, locale));
        regions.setId("listing-regions");
        languages.setLabel(getTranslation("listing.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(t -> Countries.languageName(t, locale));
        languages.setId("listing-languages");
        tags.setLabel(getTranslation("workspace.form.tags"));
        tags.setHelperText(getTranslation("workspace.form.tags-help"));
        tags.setId("listing-tags");
        fields = Map.of(
                "category",
                category,
                "deliveryMode",
                deliveryMode,
                "classification",
                classification,
                "personalInformation",
                personalInformation,
                "regions",
                regions,
                "languages",
                languages,
                "tags",
                tags);
        add(
                new H2(getTranslation("workspace.form.facts")),
                EditorFields.twoColumns(
                        category,
                        deliveryMode,
                        classification,
                        updateFrequency,
                        personalInformation,
                        crossBorder,
                        regions,
                        languages,
                        tags));
        addClassName("dp-editor-section");
        setId("editor-facts");
    }

    /** Data products must say whether personal information is involved: the form marks the question for them. */
    private void categoryChosen(CategoryRef category) {
        boolean data = category != null
                && ListingRules.DATA_PRODUCTS_TRACK.equals(category.track().code());
        personalInformation.setRequiredIndicatorVisible(data);
        personalInformation.setHelperText(data ? getTranslation("workspace.form.personal-information-help") : null);
    }

    private void updateCrossBorder() {
        boolean core = classification.getValue() == DataClassification.CORE;
        crossBorder.setEnabled(!core && editable);
        if (core) {
            crossBorder.setValue(false);
        }
        crossBorder.setHelperText(core ? getTranslation("workspace.form.core-not-cross-border") : null);
    }

    void fill(ListingContent c) {
        subTracks.stream()
                .filter(r -> r.code().equals(c.categoryCode()))
                .findFirst()
                .ifPresent(category::setValue);
        deliveryMode.setValue(c.deliveryMode());
        classification.setValue(c.classification());
        personalInformation.setValue(c.personalInformation());
        crossBorder.setValue(c.crossBorder());
        updateFrequency.setValue(c.updateFrequency());
        regions.setValue(new LinkedHashSet<>(c.regions()));
        languages.setValue(new LinkedHashSet<>(c.languages()));
        tags.setValue(String.join(", ", c.tags()));
    }

    String categoryCode() {
        return category.getValue() == null ? null : category.getValue().code();
    }

    boolean isCrossBorder() {
        return crossBorder.getValue() && classification.getValue() != DataClassification.CORE;
    }

    /** Tags as typed, split at English or Chinese commas; the rules judge their number and length. */
    List<String> tagList() {
        return Arrays.stream(tags.getValue().split("[,，、]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    @Override
    public boolean showError(String field, String message) {
        if ("crossBorder".equals(field)) {
            crossBorder.setHelperText(message);
            return true;
        }
        return EditorFields.show(fields.get(field), message);
    }

    @Override
    public void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
        crossBorder.setHelperText(null);
        updateCrossBorder();
    }

    @Override
    public void setEditable(boolean editable) {
        this.editable = editable;
        category.setReadOnly(!editable);
        deliveryMode.setReadOnly(!editable);
        classification.setReadOnly(!editable);
        personalInformation.setReadOnly(!editable);
        crossBorder.setReadOnly(!editable);
        updateFrequency.setReadOnly(!editable);
        regions.setReadOnly(!editable);
        languages.setReadOnly(!editable);
        tags.setReadOnly(!editable);
        updateCrossBorder();
    }
}
