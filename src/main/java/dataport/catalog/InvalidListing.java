package dataport.catalog;

import java.util.Map;

/** A listing the server refuses: field name to translation key of why (shown next to the field). */
public class InvalidListing extends RuntimeException {

    private final Map<String, String> errors;

    InvalidListing(Map<String, String> errors) {
        super("Invalid listing: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
