package dataport.shared.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether stale-tolerant reads may go to the replica right now, from the latest probe: the replica answers and is at
 * most {@code maxLag} behind, or the replica answers and the primary does not (then slightly old pages beat no pages:
 * with the primary gone the replica's lag is unknown, as its replication thread has nobody to read from).
 */
final class ReplicaMonitor {

    private static final Logger log = LoggerFactory.getLogger(ReplicaMonitor.class);

    private final long maxLagSeconds;
    private volatile boolean usable;
    private volatile String reason = "not probed yet";

    ReplicaMonitor(Duration maxLag) {
        this.maxLagSeconds = maxLag.toSeconds();
    }

    /**
     * @param replicaAnswers the replica accepted a connection and a query
     * @param secondsBehind the replica's {@code Seconds_Behind_Master}; null when unknown (replication not connected)
     * @param primaryAnswers the primary accepted a connection and a query
     */
    void record(boolean replicaAnswers, Long secondsBehind, boolean primaryAnswers) {
        boolean now;
        String why;
        if (!replicaAnswers) {
            now = false;
            why = "replica does not answer";
        } else if (secondsBehind != null && secondsBehind <= maxLagSeconds) {
            now = true;
            why = "replica " + secondsBehind + " s behind (limit " + maxLagSeconds + " s)";
        } else if (!primaryAnswers) {
            now = true;
            why = "primary does not answer; replica serves reads, lag "
                    + (secondsBehind == null ? "unknown" : secondsBehind + " s");
        } else {
            now = false;
            why = "replica lag " + (secondsBehind == null ? "unknown (replication not running)" : secondsBehind + " s")
                    + " exceeds the limit of " + maxLagSeconds + " s";
        }
        if (now != usable) {
            log.info("Stale-tolerant reads now go to the {}: {}", now ? "replica" : "primary", why);
        }
        usable = now;
        reason = why;
    }

    boolean replicaUsable() {
        return usable;
    }

    String reason() {
        return reason;
    }
}
