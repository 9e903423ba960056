package dataport.delivery.ui;

import java.util.Optional;

/** Route parameters that must be ids: anything else is a missing page, not an error. */
final class Ids {

    private Ids() {}

    static Optional<Long> parse(String raw) {
        try {
            long id = Long.parseLong(raw);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
