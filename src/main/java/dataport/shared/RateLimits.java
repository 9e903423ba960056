package dataport.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets per {@link RateLimit} and client (Bucket4j): a client may spend a limit's whole budget at once and
 * gets it back evenly over its period. Kept in this node's memory: with several app nodes each counts on its own,
 * which multiplies a budget by the number of nodes (acceptable for these limits; a shared store is the cluster
 * issue's job). A call without a client (scheduled jobs, tests that call services directly) is not limited.
 */
@Component
public class RateLimits {

    private final Map<RateLimit, Bandwidth> bandwidths = new EnumMap<>(RateLimit.class);
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    @Autowired
    public RateLimits(Environment environment) {
        this(environment, TimeMeter.SYSTEM_NANOTIME);
    }

    RateLimits(Environment environment, TimeMeter time) {
        this.time = time;
        for (RateLimit limit : RateLimit.values()) {
            String configured = environment.getProperty("dataport.rate-limits." + limit.key());
            int requests = limit.defaultRequests();
            Duration period = limit.defaultPeriod();
            if (configured != null && !configured.isBlank()) {
                String[] parts = configured.trim().split("/", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("dataport.rate-limits." + limit.key()
                            + " must read <requests>/<ISO-8601 period>, not " + configured);
                }
                requests = Integer.parseInt(parts[0].trim());
                period = Duration.parse(parts[1].trim());
            }
            bandwidths.put(
                    limit,
                    Bandwidth.builder()
                            .capacity(requests)
                            .refillGreedy(requests, period)
                            .build());
        }
    }

    /**
     * Spends one request of {@code client}'s budget for {@code limit}.
     *
     * @throws RateLimitedException when the budget is used up; nothing was spent then
     */
    public void check(RateLimit limit, String client) {
        if (client == null || client.isBlank()) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(
                new Key(limit, client),
                key -> Bucket.builder()
                        .addLimit(bandwidths.get(limit))
                        .withCustomTimePrecision(time)
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Forgets clients whose budget is full again, so the map holds only recent clients. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    void forgetRestedClients() {
        buckets.entrySet()
                .removeIf(entry -> entry.getValue().getAvailableTokens()
                        >= bandwidths.get(entry.getKey().limit()).getCapacity());
    }

    int clientsRemembered() {
        return buckets.size();
    }

    private record Key(RateLimit limit, String client) {}
}
