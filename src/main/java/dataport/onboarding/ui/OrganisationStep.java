package dataport.onboarding.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dataport.merchants.Origin;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.Draft;
import dataport.onboarding.Fields;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.Organisation;
import dataport.onboarding.WizardStep;

/** Step (a): who the organisation is and how to reach it. */
class OrganisationStep extends StepForm {

    private final RadioButtonGroup<Origin> origin = new RadioButtonGroup<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField legalNameZh = new TextField();
    private final TextField legalNameEn = new TextField();
    private final TextField registrationNumber = new TextField();
    private final TextField website = new TextField();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();

    OrganisationStep(OnboardingService onboarding) {
        super(onboarding, "onboarding.step.ORGANISATION");
        origin.setLabel(getTranslation("onboarding.field.origin"));
        origin.setItems(Origin.values());
        origin.setItemLabelGenerator(o -> getTranslation("onboarding.origin." + o.name()));
        origin.setId("origin");
        origin.setRequiredIndicatorVisible(true);
        // Registered before field(...) adds the listener that keeps the draft, so the draft has the country too.
        origin.addValueChangeListener(e -> {
            if (e.getValue() == Origin.DOMESTIC) {
                country.setValue("CN");
            } else if (e.getValue() == Origin.FOREIGN && "CN".equals(country.getValue())) {
                country.clear();
            }
            showOrigin();
        });
        field(Fields.ORIGIN, origin);
        ApplicationTexts.configureCountries(country, getLocale());
        country.setLabel(getTranslation("onboarding.field.country"));
        country.setId("country");
        country.setRequiredIndicatorVisible(true);
        field(Fields.COUNTRY, country);
        text(legalNameZh, Fields.LEGAL_NAME_ZH, "legal-name-zh");
        text(legalNameEn, Fields.LEGAL_NAME_EN, "legal-name-en");
        text(registrationNumber, Fields.REGISTRATION_NUMBER, "registration-number");
        registrationNumber.setRequiredIndicatorVisible(true);
        text(website, Fields.WEBSITE, "website");
        website.setPlaceholder("https://");
        text(contactName, Fields.CONTACT_NAME, "contact-name");
        contactName.setRequiredIndicatorVisible(true);
        contactEmail.setLabel(getTranslation("onboarding.field.contactEmail"));
        contactEmail.setId("contact-email");
        contactEmail.setRequiredIndicatorVisible(true);
        field(Fields.CONTACT_EMAIL, contactEmail);
        text(contactPhone, Fields.CONTACT_PHONE, "contact-phone");
        contactPhone.setRequiredIndicatorVisible(true);
        showOrigin();

        FormLayout form = new FormLayout(
                origin,
                country,
                legalNameZh,
                legalNameEn,
                registrationNumber,
                website,
                contactName,
                contactEmail,
                contactPhone);
        form.setColspan(origin, 2);
        add(form);
    }

    @Override
    WizardStep step() {
        return WizardStep.ORGANISATION;
    }

    @Override
    protected void show(ApplicationDetails application) {
        Organisation o = application == null ? Organisation.empty() : application.organisation();
        origin.setValue(o.origin());
        country.setValue(o.countryCode());
        legalNameZh.setValue(nonNull(o.legalNameZh()));
        legalNameEn.setValue(nonNull(o.legalNameEn()));
        registrationNumber.setValue(nonNull(o.registrationNumber()));
        website.setValue(nonNull(o.website()));
        contactName.setValue(nonNull(o.contactName()));
        contactEmail.setValue(nonNull(o.contactEmail()));
        contactPhone.setValue(nonNull(o.contactPhone()));
        showOrigin();
    }

    @Override
    protected boolean unanswered() {
        return read().equals(Organisation.empty());
    }

    @Override
    protected Draft keepDraft() {
        return onboarding.keepOrganisation(read());
    }

    @Override
    ApplicationDetails complete() {
        return onboarding.saveOrganisation(read(), true);
    }

    Organisation read() {
        return new Organisation(
                origin.getValue(),
                origin.getValue() == Origin.DOMESTIC ? "CN" : country.getValue(),
                trimmed(legalNameZh.getValue()),
                trimmed(legalNameEn.getValue()),
                trimmed(registrationNumber.getValue()),
                trimmed(website.getValue()),
                trimmed(contactName.getValue()),
                trimmed(contactEmail.getValue()),
                trimmed(contactPhone.getValue()));
    }

    /** What depends on the origin: a domestic organisation is in China and needs its Chinese name and a USCC. */
    private void showOrigin() {
        boolean domestic = origin.getValue() == Origin.DOMESTIC;
        country.setReadOnly(domestic);
        legalNameZh.setRequiredIndicatorVisible(domestic);
        legalNameEn.setRequiredIndicatorVisible(origin.getValue() == Origin.FOREIGN);
        help(
                Fields.REGISTRATION_NUMBER,
                getTranslation(domestic ? "onboarding.help.uscc" : "onboarding.help.registration-foreign"));
    }

    private void text(TextField field, String name, String id) {
        field.setLabel(getTranslation("onboarding.field." + name));
        field.setId(id);
        field(name, field);
    }
}
