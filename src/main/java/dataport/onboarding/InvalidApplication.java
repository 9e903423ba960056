package dataport.onboarding;

import java.util.Map;

/**
 * The server refused what was entered: field key → translation key of the message to show next to that field (the
 * field keys are the constants of {@link Fields}).
 */
public class InvalidApplication extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidApplication(Map<String, String> errors) {
        super("Invalid application: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** What the message of a field's error names, e.g. the length a text may have: the rule's own figure. */
    public Object[] arguments(String field) {
        return ApplicationRules.arguments(field, errors.get(field));
    }
}
