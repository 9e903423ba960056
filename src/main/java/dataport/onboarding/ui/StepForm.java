package dataport.onboarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.Draft;
import dataport.onboarding.InvalidApplication;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.WizardStep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One step of the onboarding wizard: its fields, kept as a draft while the applicant types (see {@link #keep()}),
 * checked in full only by "Next" ({@link #complete()}). Each error and reviewer comment is shown on its own field.
 */
abstract class StepForm extends Div {

    protected final OnboardingService onboarding;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, String> helpers = new LinkedHashMap<>();
    private Consumer<ApplicationDetails> onSaved = a -> {};
    private boolean filling;
    private boolean started;

    StepForm(OnboardingService onboarding, String titleKey) {
        this.onboarding = onboarding;
        addClassName("dp-wizard-section");
        add(new H2(getTranslation(titleKey)));
    }

    abstract WizardStep step();

    /** Shows the application's answers (or none); must not count as the applicant changing anything. */
    protected abstract void show(ApplicationDetails application);

    /** Keeps the step's answers as a draft, whatever state they are in. */
    protected abstract Draft keepDraft();

    /** "Next": saves the step when it is complete and valid, else throws with every problem. */
    abstract ApplicationDetails complete();

    /** Whether nothing is answered: then no application is started just to keep it. */
    protected boolean unanswered() {
        return false;
    }

    final void fill(ApplicationDetails application) {
        started = application != null;
        filling = true;
        try {
            show(application);
        } finally {
            filling = false;
        }
    }

    /** Told the application as saved, after each kept draft. */
    final void onSaved(Consumer<ApplicationDetails> listener) {
        onSaved = listener;
    }

    /** Tells the page the application changed other than by a draft (a document uploaded). */
    protected final void saved(ApplicationDetails application) {
        started = true;
        onSaved.accept(application);
    }

    /**
     * Keeps what is typed now; a value even a draft cannot hold stays in its field with its message. Returns false
     * when something was not kept.
     */
    final boolean keep() {
        if (!started && unanswered()) {
            return true;
        }
        Draft draft = keepDraft();
        started = true;
        onSaved.accept(draft.application());
        draft.refused().forEach((name, key) -> {
            if (fields.containsKey(name)) {
                mark(name, key, draft::arguments);
            }
        });
        return draft.refused().isEmpty();
    }

    /** Registers a field: its errors and comments are shown on it, and each change the applicant makes is kept. */
    protected final <C extends Component & HasValidation & HasValue<?, ?>> C field(String name, C component) {
        fields.put(name, component);
        // The server's rules decide what is wrong; the component's own checks would clear their messages on blur.
        component.setManualValidation(true);
        component.addValueChangeListener(e -> {
            if (!filling) {
                clear(name); // the applicant is answering what was marked; what is still wrong is marked again
                keep();
            }
        });
        return component;
    }

    /** Shows each error on its field; returns the errors no field of this step shows. */
    Map<String, String> showErrors(InvalidApplication e) {
        Map<String, String> elsewhere = new LinkedHashMap<>();
        e.errors().forEach((name, key) -> {
            if (fields.containsKey(name)) {
                mark(name, key, e::arguments);
            } else if (!showOther(name, getTranslation(key, e.arguments(name)))) {
                elsewhere.put(name, key);
            }
        });
        return elsewhere;
    }

    /** For an error of something that is not a field (the documents). */
    protected boolean showOther(String name, String message) {
        return false;
    }

    void clearErrors() {
        fields.keySet().forEach(this::clear);
    }

    /** The reviewer's comments, under the fields concerned, in place of their usual help. */
    void showComments(Map<String, String> comments) {
        fields.forEach((name, field) -> {
            Component c = (Component) field;
            c.removeClassName("dp-review-comment");
            if (c instanceof HasHelper h) {
                h.setHelperText(helpers.get(name));
            }
        });
        comments.forEach((name, comment) -> {
            if (fields.get(name) instanceof HasHelper h) {
                h.setHelperText(getTranslation("onboarding.reviewer-says", comment));
                ((Component) h).addClassName("dp-review-comment");
            } else {
                showOther(name, getTranslation("onboarding.reviewer-says", comment));
            }
        });
    }

    /** A field's usual help line, shown again when no reviewer comment takes its place. */
    protected final void help(String name, String text) {
        helpers.put(name, text);
        if (fields.get(name) instanceof HasHelper h && !((Component) h).hasClassName("dp-review-comment")) {
            h.setHelperText(text);
        }
    }

    private void mark(String name, String key, Function<String, Object[]> arguments) {
        HasValidation field = fields.get(name);
        field.setErrorMessage(getTranslation(key, arguments.apply(name)));
        field.setInvalid(true);
    }

    private void clear(String name) {
        HasValidation field = fields.get(name);
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    protected static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    protected static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
