package dataport.delivery;

import java.time.Instant;

/**
 * The answer to a merchant's gateway asking about an API key.
 *
 * @param expiresAt when access ends as far as known now (null: no end set, e.g. a subscription being renewed)
 */
public record KeyCheck(boolean valid, Long listingId, String orderNumber, Instant expiresAt) {

    static KeyCheck invalid() {
        return new KeyCheck(false, null, null, null);
    }
}
