package dataport.shared;

import java.time.Duration;

/** A client used up its budget for {@link #limit()}; it may try again after {@link #retryAfter()}. */
public class RateLimitedException extends RuntimeException {

    private final RateLimit limit;
    private final Duration retryAfter;

    RateLimitedException(RateLimit limit, Duration retryAfter) {
        super("Rate limit " + limit.key() + " reached; retry after " + retryAfter);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public RateLimit limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least one: what the translated message {@code shared.rate-limited} shows. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
