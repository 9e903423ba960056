package dataport.onboarding;

import java.util.Map;

/**
 * What became of a step's answers kept as a draft: the application as saved, and the fields whose new value was not
 * kept (field → message key) because even a draft cannot hold it (a text longer than its limit); those fields keep
 * their earlier value, everything else is saved.
 */
public record Draft(ApplicationDetails application, Map<String, String> refused) {

    public Draft {
        refused = Map.copyOf(refused);
    }

    /** What the message of a refused field names (the limit of a text that is too long). */
    public Object[] arguments(String field) {
        return ApplicationRules.arguments(field, refused.get(field));
    }
}
