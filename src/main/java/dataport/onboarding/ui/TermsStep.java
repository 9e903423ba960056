package dataport.onboarding.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.Draft;
import dataport.onboarding.Fields;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.WizardStep;
import java.util.Map;

/** Step (d): the platform terms. */
class TermsStep extends StepForm {

    private final Checkbox acceptTerms = new Checkbox();

    TermsStep(OnboardingService onboarding) {
        super(onboarding, "onboarding.step.TERMS");
        Paragraph terms = new Paragraph(getTranslation("onboarding.terms.text"));
        terms.setId("terms-text");
        acceptTerms.setLabel(getTranslation("onboarding.terms.accept"));
        acceptTerms.setId("accept-terms");
        acceptTerms.setRequiredIndicatorVisible(true);
        field(Fields.TERMS, acceptTerms);
        add(terms, acceptTerms);
    }

    @Override
    WizardStep step() {
        return WizardStep.TERMS;
    }

    @Override
    protected void show(ApplicationDetails application) {
        acceptTerms.setValue(application != null && application.termsAccepted());
    }

    @Override
    protected boolean unanswered() {
        return !accepted();
    }

    @Override
    protected Draft keepDraft() {
        return new Draft(onboarding.acceptTerms(accepted(), false), Map.of());
    }

    @Override
    ApplicationDetails complete() {
        return onboarding.acceptTerms(accepted(), true);
    }

    private boolean accepted() {
        return Boolean.TRUE.equals(acceptTerms.getValue());
    }
}
