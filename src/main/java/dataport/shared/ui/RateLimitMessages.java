package dataport.shared.ui;

import com.vaadin.flow.component.Component;
import dataport.shared.RateLimitedException;

/** The translated "too many requests, wait" text, in seconds for a short wait and minutes for a longer one. */
public final class RateLimitMessages {

    private RateLimitMessages() {}

    public static String of(Component reader, RateLimitedException limited) {
        long seconds = limited.retryAfterSeconds();
        return seconds <= 90
                ? reader.getTranslation("shared.rate-limited.seconds", seconds)
                : reader.getTranslation("shared.rate-limited.minutes", (seconds + 59) / 60);
    }
}
