package dataport.exhibits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An exhibit the server refuses, with each broken rule (shown next to its field, the typed text kept). */
public class InvalidExhibit extends RuntimeException {

    private final List<ExhibitViolation> violations;

    InvalidExhibit(List<ExhibitViolation> violations) {
        super("Invalid exhibit: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<ExhibitViolation> violations() {
        return violations;
    }

    /** Field name to translation key of its first violation. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.field(), v.messageKey()));
        return errors;
    }
}
