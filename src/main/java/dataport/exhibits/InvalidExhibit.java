package dataport.exhibits;

import java.util.Map;

/** An exhibit the server refuses: field name to translation key of why (shown next to the field). */
public class InvalidExhibit extends RuntimeException {

    private final Map<String, String> errors;

    InvalidExhibit(Map<String, String> errors) {
        super("Invalid exhibit: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
