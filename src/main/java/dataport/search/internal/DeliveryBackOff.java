package dataport.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When failed index updates are tried again: 1 s after the first failure, then 2, 4, 8 ... up to 60 s between
 * attempts while Elasticsearch stays unreachable, and back to 1 s once an update gets through. Logs when delivery
 * starts failing and when it recovers, not at every attempt, so an outage of an hour is two lines, not thousands.
 */
@Component
class DeliveryBackOff {

    private static final Logger log = LoggerFactory.getLogger(DeliveryBackOff.class);
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(60);

    private final Clock clock;
    private boolean failing;
    private Duration delay = FIRST;
    private boolean sweepOwed;
    private Instant nextAttempt;
    private Instant failingSince;
    private long failures;

    DeliveryBackOff(Clock clock) {
        this.clock = clock;
    }

    /** An update could not be applied; its publication stays incomplete and is retried when {@link #isDue()}. */
    synchronized void failed(String reason) {
        failures++;
        if (!failing) {
            failing = true;
            sweepOwed = false;
            failingSince = clock.instant();
            delay = FIRST;
            nextAttempt = failingSince.plus(delay);
            log.warn(
                    "Search index updates failing ({}); retrying with back-off from {} s up to {} s",
                    reason,
                    FIRST.toSeconds(),
                    MAX.toSeconds());
        }
    }

    /** An update got through: the index is reachable again. */
    synchronized void succeeded() {
        if (failing) {
            log.info(
                    "Search index updates delivered again after {} s ({} failed attempts)",
                    Duration.between(failingSince, clock.instant()).toSeconds(),
                    failures);
            failing = false;
            failures = 0;
            delay = FIRST;
            nextAttempt = null;
            // Updates resubmitted together race: one may fail just before another gets through. Without one more
            // pass, those would wait for the once-a-minute check of stuck publications.
            sweepOwed = true;
        }
    }

    /** Whether failed updates should be tried again now; if so, the next attempt is pushed back (doubling). */
    synchronized boolean isDue() {
        if (!failing) {
            boolean sweep = sweepOwed;
            sweepOwed = false;
            return sweep;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            return false;
        }
        Duration doubled = delay.multipliedBy(2);
        delay = doubled.compareTo(MAX) > 0 ? MAX : doubled;
        nextAttempt = now.plus(delay);
        return true;
    }

    synchronized boolean isFailing() {
        return failing;
    }

    /** The wait until the next attempt: 1 s after the first failure, doubling at each attempt up to 60 s. */
    synchronized Duration currentDelay() {
        return delay;
    }
}
