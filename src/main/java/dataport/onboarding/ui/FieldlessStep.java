package dataport.onboarding.ui;

import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.Draft;
import dataport.onboarding.OnboardingService;
import java.util.Map;

/**
 * A wizard step with no typed answers to keep as a draft: what it changes is stored at once (an uploaded document)
 * or it only shows the application. It never starts an application on its own.
 */
abstract class FieldlessStep extends StepForm {

    private ApplicationDetails application;

    FieldlessStep(OnboardingService onboarding, String titleKey) {
        super(onboarding, titleKey);
    }

    /** Remembers the application as now shown, for the draft and for "Next". */
    final void remember(ApplicationDetails application) {
        this.application = application;
    }

    final ApplicationDetails application() {
        return application;
    }

    @Override
    protected boolean unanswered() {
        return true;
    }

    @Override
    protected Draft keepDraft() {
        return new Draft(application, Map.of());
    }
}
