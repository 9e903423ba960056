package dataport.reviews;

import java.util.Map;

/** Input the server refuses: field name to the translation key of its broken rule (the form keeps what was typed). */
public class InvalidReview extends RuntimeException {

    private final Map<String, String> errors;

    InvalidReview(Map<String, String> errors) {
        super("Invalid review: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
