package dataport.onboarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.Classification;
import dataport.onboarding.CrossBorderFlow;
import dataport.onboarding.DataCategory;
import dataport.onboarding.Draft;
import dataport.onboarding.Fields;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.SelfAssessment;
import dataport.onboarding.WizardStep;
import dataport.shared.ui.Countries;
import java.util.Set;

/**
 * Step (c): the data-compliance self-assessment. The questions that follow from an answer (how many data subjects,
 * to or from which countries) appear as soon as that answer is given.
 */
class AssessmentStep extends StepForm {

    private final CheckboxGroup<DataCategory> categories = new CheckboxGroup<>();
    private final RadioButtonGroup<Classification> classification = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> personalInformation = new RadioButtonGroup<>();
    private final IntegerField dataSubjects = new IntegerField();
    private final RadioButtonGroup<Boolean> sensitivePi = new RadioButtonGroup<>();
    private final RadioButtonGroup<CrossBorderFlow> crossBorder = new RadioButtonGroup<>();
    private final MultiSelectComboBox<String> destinations = new MultiSelectComboBox<>();
    private final TextArea description = new TextArea();
    final ExporterFactsSection exporterFacts;

    AssessmentStep(OnboardingService onboarding) {
        super(onboarding, "onboarding.step.ASSESSMENT");
        categories.setLabel(getTranslation("onboarding.field.categories"));
        categories.setItems(DataCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation("onboarding.category." + c.name()));
        categories.setId("data-categories");
        field(Fields.CATEGORIES, categories);
        classification.setLabel(getTranslation("onboarding.field.classification"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(c -> getTranslation("onboarding.classification." + c.name()));
        classification.setId("classification");
        field(Fields.CLASSIFICATION, classification);
        yesNo(personalInformation, Fields.PERSONAL_INFORMATION, "personal-information");
        personalInformation.addValueChangeListener(e -> showFollowUps());
        dataSubjects.setLabel(getTranslation("onboarding.field.dataSubjects"));
        dataSubjects.setId("data-subjects");
        dataSubjects.setMin(1);
        dataSubjects.setHelperText(getTranslation("onboarding.help.data-subjects"));
        help(Fields.DATA_SUBJECTS, getTranslation("onboarding.help.data-subjects"));
        field(Fields.DATA_SUBJECTS, dataSubjects);
        yesNo(sensitivePi, Fields.SENSITIVE_PI, "sensitive-pi");
        crossBorder.setLabel(getTranslation("onboarding.field.crossBorder"));
        crossBorder.setItems(CrossBorderFlow.values());
        crossBorder.setItemLabelGenerator(f -> getTranslation("onboarding.cross-border." + f.name()));
        crossBorder.setId("cross-border");
        crossBorder.addValueChangeListener(e -> showFollowUps());
        field(Fields.CROSS_BORDER, crossBorder);
        destinations.setLabel(getTranslation("onboarding.field.destinations"));
        destinations.setItems(ApplicationTexts.countryCodes(getLocale()));
        destinations.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        destinations.setId("destinations");
        field(Fields.DESTINATIONS, destinations);
        description.setLabel(getTranslation("onboarding.field.description"));
        description.setId("data-description");
        field(Fields.DESCRIPTION, description);
        // Every answer is required; the form shows them in this order.
        Component[] answers = {
            categories,
            classification,
            personalInformation,
            dataSubjects,
            sensitivePi,
            crossBorder,
            destinations,
            description
        };
        for (Component answer : answers) {
            ((HasValue<?, ?>) answer).setRequiredIndicatorVisible(true);
        }
        // vaadin-checkbox-group marks itself aria-required, an attribute its role "group" may not carry (axe:
        // aria-allowed-attr); the visible indicator stays, the attribute goes once the element has rendered.
        categories.addAttachListener(
                e -> categories
                        .getElement()
                        .executeJs(
                                "(this.updateComplete || Promise.resolve()).then(() => this.removeAttribute('aria-required'))"));
        showFollowUps();

        FormLayout form = new FormLayout(answers);
        form.setColspan(categories, 2);
        form.setColspan(description, 2);
        exporterFacts = new ExporterFactsSection(onboarding, this::saved);
        add(form, exporterFacts);
    }

    @Override
    WizardStep step() {
        return WizardStep.ASSESSMENT;
    }

    @Override
    protected void show(ApplicationDetails application) {
        SelfAssessment a = application == null ? SelfAssessment.empty() : application.assessment();
        categories.setValue(Set.copyOf(a.categories()));
        classification.setValue(a.classification());
        personalInformation.setValue(a.personalInformation());
        dataSubjects.setValue(a.dataSubjects() == null ? null : (int) Math.min(Integer.MAX_VALUE, a.dataSubjects()));
        sensitivePi.setValue(a.sensitivePersonalInformation());
        crossBorder.setValue(a.crossBorder());
        destinations.setValue(Set.copyOf(a.destinationCountries()));
        description.setValue(nonNull(a.description()));
        exporterFacts.show(application == null ? null : application.exporterFacts());
        showFollowUps();
    }

    @Override
    protected boolean unanswered() {
        return read().equals(SelfAssessment.empty());
    }

    @Override
    protected Draft keepDraft() {
        return onboarding.keepAssessment(read());
    }

    @Override
    ApplicationDetails complete() {
        return onboarding.saveAssessment(read(), true);
    }

    SelfAssessment read() {
        Integer subjects = dataSubjects.getValue();
        return new SelfAssessment(
                categories.getValue(),
                classification.getValue(),
                personalInformation.getValue(),
                subjects == null ? null : subjects.longValue(),
                sensitivePi.getValue(),
                crossBorder.getValue(),
                destinations.getValue(),
                trimmed(description.getValue()));
    }

    private void showFollowUps() {
        boolean pi = Boolean.TRUE.equals(personalInformation.getValue());
        dataSubjects.setVisible(pi);
        sensitivePi.setVisible(pi);
        CrossBorderFlow flow = crossBorder.getValue();
        destinations.setVisible(flow != null && flow != CrossBorderFlow.NONE);
    }

    private void yesNo(RadioButtonGroup<Boolean> group, String name, String id) {
        group.setLabel(getTranslation("onboarding.field." + name));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(b -> getTranslation(b ? "common.yes" : "common.no"));
        group.setId(id);
        field(name, group);
    }
}
