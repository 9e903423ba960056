package dataport.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A listing the server refuses: per field, the rule it breaks ({@link Violation}: a translation key and the values the
 * message names, such as the length limit), so the editor shows each message next to its field without knowing the
 * limits itself.
 */
public class InvalidListing extends RuntimeException {

    /** One broken rule: {@code messageKey} translated with {@code arguments} ("At most {0} characters."). */
    public record Violation(String messageKey, List<Object> arguments) {

        public Violation {
            arguments = List.copyOf(arguments);
        }

        public static Violation of(String messageKey, Object... arguments) {
            return new Violation(messageKey, List.of(arguments));
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    private final Map<String, Violation> violations;

    /** Field name to translation key, for messages that name no value. */
    InvalidListing(Map<String, String> errors) {
        this(toViolations(errors), true);
    }

    private InvalidListing(Map<String, Violation> violations, boolean ignored) {
        super("Invalid listing: " + violations);
        this.violations = Map.copyOf(violations);
    }

    static InvalidListing of(Map<String, Violation> violations) {
        return new InvalidListing(violations, true);
    }

    /** Field name to translation key of why (shown next to the field). */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach((field, v) -> errors.put(field, v.messageKey()));
        return errors;
    }

    /** Field name to the rule it breaks, with the values its message names. */
    public Map<String, Violation> violations() {
        return violations;
    }

    private static Map<String, Violation> toViolations(Map<String, String> errors) {
        Map<String, Violation> violations = new LinkedHashMap<>();
        errors.forEach((field, key) -> violations.put(field, Violation.of(key)));
        return violations;
    }
}
