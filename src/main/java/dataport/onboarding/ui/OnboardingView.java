package dataport.onboarding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.ApplicationState;
import dataport.onboarding.Fields;
import dataport.onboarding.InvalidApplication;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.WizardStep;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The onboarding wizard: organisation, documents, self-assessment, terms, review and submit, one {@link StepForm}
 * each. Every answer is kept as a draft as soon as it is given, complete or not, so a merchant can leave at any
 * moment and come back to it; "Next" checks the step. After submission the page shows the application's status
 * and, when staff asked for changes, their comments next to the fields concerned.
 */
@Route(value = "onboarding", layout = MainLayout.class)
@PermitAll
public class OnboardingView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final OnboardingService onboarding;
    private final CurrentUser currentUser;
    private final ApplicationStatus status;
    private final WizardStepNav stepNav;
    private final Div stepContent = new Div();
    private final Span formError = new Span();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final Map<WizardStep, StepForm> steps = new EnumMap<>(WizardStep.class);

    private ApplicationDetails application;
    private WizardStep step = WizardStep.ORGANISATION;
    private boolean startingOver;

    public OnboardingView(OnboardingService onboarding, CurrentUser currentUser) {
        this.onboarding = onboarding;
        this.currentUser = currentUser;
        addClassName("dp-onboarding");
        setId("onboarding");
        status = new ApplicationStatus(() -> {
            startingOver = true;
            reload();
        });
        stepNav = new WizardStepNav(this::open);
        stepContent.setId("wizard-step");
        formError.setId("form-error");
        formError.addClassName("dp-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        buttons.setId("wizard-buttons");
        for (StepForm form : List.of(
                new OrganisationStep(onboarding),
                new DocumentsStep(onboarding),
                new AssessmentStep(onboarding),
                new TermsStep(onboarding),
                new ReviewStep(onboarding))) {
            form.onSaved(saved -> {
                application = saved;
                startingOver = false;
            });
            steps.put(form.step(), form);
        }
        add(new H1(getTranslation("onboarding.title")), status, stepNav, formError, stepContent, buttons);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.title") + " | " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
        if (application != null && application.state() == ApplicationState.APPROVED) {
            // The session's roles were fixed at sign-in: approved since then, the applicant gains MERCHANT here (and
            // a suspended merchant loses it), stored in the session without signing in again. The main navigation,
            // refilled after every navigation, then shows the workspace.
            currentUser.refresh();
        }
    }

    private void reload() {
        application = startingOver ? null : onboarding.mine().orElse(null);
        steps.values().forEach(s -> {
            s.fill(application);
            s.clearErrors();
        });
        if (application == null) {
            step = WizardStep.ORGANISATION;
        } else if (application.state() == ApplicationState.CHANGES_REQUESTED) {
            step = firstCommentedStep();
        } else {
            step = application.step();
        }
        render();
    }

    private void render() {
        formError.setVisible(false);
        stepContent.removeAll();
        buttons.removeAll();
        if (application == null && currentUser.hasRole(Role.MERCHANT)) {
            status.showAlreadyMerchant();
            stepNav.setVisible(false);
            buttons.setVisible(false);
            return;
        }
        status.show(application);
        ApplicationState state = application == null ? ApplicationState.DRAFT : application.state();
        boolean editable = state.editable();
        stepNav.setVisible(editable);
        buttons.setVisible(editable);
        if (!editable) {
            stepContent.add(ReviewStep.summary(onboarding, application, getLocale()));
            return;
        }
        stepNav.show(step, application == null ? WizardStep.ORGANISATION : application.step());
        StepForm form = steps.get(step);
        if (step == WizardStep.REVIEW || step == WizardStep.DOCUMENTS) {
            form.fill(application); // what it shows depends on the other steps
        }
        form.showComments(state == ApplicationState.CHANGES_REQUESTED ? application.fieldComments() : Map.of());
        stepContent.add(form);
        stepContent.getElement().setAttribute("data-step", step.name());
        if (step != WizardStep.ORGANISATION) {
            buttons.add(button("wizard-back", "onboarding.back", ButtonVariant.LUMO_TERTIARY, this::back));
        }
        if (step != WizardStep.REVIEW) {
            if (step != WizardStep.DOCUMENTS) {
                buttons.add(button("wizard-save", "onboarding.save", ButtonVariant.LUMO_CONTRAST, this::save));
            }
            buttons.add(button("wizard-next", "onboarding.next", ButtonVariant.LUMO_PRIMARY, this::next));
        } else {
            buttons.add(button(
                    "submit-application",
                    state == ApplicationState.CHANGES_REQUESTED ? "onboarding.resubmit" : "onboarding.submit",
                    ButtonVariant.LUMO_PRIMARY,
                    this::submit));
        }
    }

    // --- actions

    /** Opens a step reached before; what this one has is already kept, so nothing is lost on the way. */
    private void open(WizardStep target) {
        step = target;
        render();
    }

    private void next() {
        StepForm form = steps.get(step);
        form.clearErrors();
        attempt(() -> {
            application = form.complete();
            startingOver = false;
            step = step.next();
            render();
        });
    }

    /** The answers are kept as they are given; "Save draft" says so, and keeps once more what is on screen. */
    private void save() {
        if (steps.get(step).keep()) {
            formError.setVisible(false);
            ApplicationTexts.notify(getTranslation("onboarding.saved"));
        } else {
            formError.setText(getTranslation("onboarding.form-error"));
            formError.setVisible(true);
        }
    }

    private void back() {
        step = step.previous();
        render();
    }

    private void submit() {
        attempt(() -> {
            application = onboarding.submit();
            ApplicationTexts.notify(getTranslation("onboarding.submitted"));
            render();
        });
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (InvalidApplication e) {
            showErrors(e);
        }
    }

    /** Each error on its own field; on submit, first the earliest step that needs work. */
    private void showErrors(InvalidApplication e) {
        WizardStep first = e.errors().keySet().stream()
                .map(OnboardingView::stepOf)
                .min(Enum::compareTo)
                .orElse(step);
        if (step == WizardStep.REVIEW && first != step) {
            step = first;
            render();
        }
        steps.get(step).showErrors(e);
        formError.setText(getTranslation("onboarding.form-error"));
        formError.setVisible(true);
    }

    private WizardStep firstCommentedStep() {
        return application.fieldComments().keySet().stream()
                .map(OnboardingView::stepOf)
                .min(Enum::compareTo)
                .orElse(WizardStep.REVIEW);
    }

    static WizardStep stepOf(String field) {
        return switch (field) {
            case Fields.DOCUMENTS -> WizardStep.DOCUMENTS;
            case Fields.CATEGORIES,
                    Fields.CLASSIFICATION,
                    Fields.PERSONAL_INFORMATION,
                    Fields.DATA_SUBJECTS,
                    Fields.SENSITIVE_PI,
                    Fields.CROSS_BORDER,
                    Fields.DESTINATIONS,
                    Fields.DESCRIPTION -> WizardStep.ASSESSMENT;
            case Fields.TERMS -> WizardStep.TERMS;
            default -> WizardStep.ORGANISATION;
        };
    }

    private static Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button b = new Button();
        b.setText(UI.getCurrent() == null ? key : UI.getCurrent().getTranslation(key));
        b.setId(id);
        b.addThemeVariants(variant);
        b.addClickListener(e -> action.run());
        return b;
    }

    /** For tests: the documents step, to hand it uploaded bytes without a browser. */
    DocumentsStep documentsStep() {
        return (DocumentsStep) steps.get(WizardStep.DOCUMENTS);
    }
}
