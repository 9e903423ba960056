package dataport.shared;

import java.time.Duration;

/**
 * The request budgets one client (an address, or an account for password resets) gets for actions that cost us
 * or others something: creating accounts, guessing passwords, sending reset mails, searching. Each default can be
 * changed with {@code dataport.rate-limits.<key>=<requests>/<ISO-8601 period>}, e.g. {@code search=120/PT1M}.
 */
public enum RateLimit {
    SIGN_UP("sign-up", 10, Duration.ofHours(1)),
    SIGN_IN("sign-in", 20, Duration.ofMinutes(1)),
    PASSWORD_RESET("password-reset", 5, Duration.ofHours(1)),
    SEARCH("search", 120, Duration.ofMinutes(1)),
    /** Typing suggestions of the search box: one request per pause in typing, so several per search. */
    SUGGESTIONS("suggestions", 600, Duration.ofMinutes(1));

    private final String key;
    private final int requests;
    private final Duration period;

    RateLimit(String key, int requests, Duration period) {
        this.key = key;
        this.requests = requests;
        this.period = period;
    }

    /** The property suffix under {@code dataport.rate-limits}. */
    public String key() {
        return key;
    }

    int defaultRequests() {
        return requests;
    }

    Duration defaultPeriod() {
        return period;
    }
}
