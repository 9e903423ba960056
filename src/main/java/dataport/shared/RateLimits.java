package dataport.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets per {@link RateLimit} and client (Bucket4j): a client may spend a limit's whole budget at once and
 * gets it back evenly over its period. A call without a client (scheduled jobs, tests that call services directly)
 * is not limited.
 *
 * <p>The buckets live in the database (table {@code rate_limit_bucket}, Bucket4j's MySQL proxy manager: one
 * {@code SELECT ... FOR UPDATE} and one {@code UPDATE} per request), so every app node of a cluster spends from the
 * same budget. Searches are on the hot path, so their buckets synchronise with the database at most every
 * {@value #SEARCH_UNSYNCED_TOKENS} requests or {@link #SEARCH_SYNC_EVERY} per client and node (Bucket4j's delaying
 * optimisation): a client may overshoot the search budget by that many requests per node, for a fraction of the cost
 * (figures in the README). When the database cannot be reached (primary down), the check falls back to this node's own
 * buckets for {@link #FALL_BACK_FOR}, so searches served from the replica keep working and a client is still
 * limited, per node. A scheduled job, run once per cluster, deletes buckets whose budget is full again.
 */
@Component
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    /** After a failed database check, how long this node uses its own buckets before trying the database again. */
    static final Duration FALL_BACK_FOR = Duration.ofSeconds(10);

    /** Searches one node may answer from its own copy of a client's bucket before it synchronises with the database. */
    static final int SEARCH_UNSYNCED_TOKENS = 10;

    static final Duration SEARCH_SYNC_EVERY = Duration.ofSeconds(1);

    private static final String TABLE = "rate_limit_bucket";
    /** A bucket row is kept this long after its budget is full again (it would be re-created the same). */
    private static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(1);

    private final Map<RateLimit, BucketConfiguration> configurations = new EnumMap<>(RateLimit.class);
    private final Map<Key, Bucket> localBuckets = new ConcurrentHashMap<>();
    /** This node's search buckets with their unsynchronised requests (a cache of the shared state). */
    private final Map<Key, Bucket> searchBuckets = new ConcurrentHashMap<>();

    private final TimeMeter time;
    private final MySQLSelectForUpdateBasedProxyManager<String> shared;
    private final JdbcTemplate jdbc;
    private volatile Instant sharedStoreFailedAt;

    /** Buckets in the database at {@code dataSource}: shared by every node using that database. */
    @Autowired
    public RateLimits(Environment environment, DataSource dataSource) {
        this(environment, TimeMeter.SYSTEM_MILLISECONDS, dataSource);
    }

    /** Buckets in this JVM only: for unit tests and single-process tools. */
    public RateLimits(Environment environment) {
        this(environment, TimeMeter.SYSTEM_NANOTIME, null);
    }

    RateLimits(Environment environment, TimeMeter time) {
        this(environment, time, null);
    }

    RateLimits(Environment environment, TimeMeter time, DataSource dataSource) {
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
            configurations.put(
                    limit,
                    BucketConfiguration.builder()
                            .addLimit(Bandwidth.builder()
                                    .capacity(requests)
                                    .refillGreedy(requests, period)
                                    .build())
                            .build());
        }
        if (dataSource == null) {
            this.shared = null;
            this.jdbc = null;
        } else {
            this.shared = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE)
                    .idColumn("id")
                    .stateColumn("state")
                    .expiresAtColumn("expires_at")
                    .clientClock(time)
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                    .build();
            this.jdbc = new JdbcTemplate(dataSource);
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
        ConsumptionProbe probe = consume(new Key(limit, client));
        if (!probe.isConsumed()) {
            throw new RateLimitedException(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private ConsumptionProbe consume(Key key) {
        if (shared != null && !fallingBack()) {
            try {
                Bucket bucket = key.limit() == RateLimit.SEARCH || key.limit() == RateLimit.SUGGESTIONS
                        ? searchBuckets.computeIfAbsent(
                                key,
                                k -> shared.builder()
                                        .withOptimization(Optimizations.delaying(
                                                new DelayParameters(SEARCH_UNSYNCED_TOKENS, SEARCH_SYNC_EVERY)))
                                        .build(k.id(), configurations.get(k.limit())))
                        : shared.builder().build(key.id(), configurations.get(key.limit()));
                ConsumptionProbe probe;
                try {
                    probe = bucket.tryConsumeAndReturnRemaining(1);
                } catch (RuntimeException e) {
                    if (!isBucketNotFound(e)) {
                        throw e;
                    }
                    // Several first requests of one client at once: the delaying optimisation's batched sync can meet
                    // a bucket row not written yet. The database is fine; the second try finds the row.
                    probe = bucket.tryConsumeAndReturnRemaining(1);
                }
                sharedStoreFailedAt = null;
                return probe;
            } catch (RuntimeException e) {
                sharedStoreFailedAt = Instant.now();
                log.warn(
                        "Rate limits: the database cannot be reached ({}); this node counts on its own for {}",
                        e.toString(),
                        FALL_BACK_FOR);
            }
        }
        return localBuckets
                .computeIfAbsent(
                        key,
                        k -> Bucket.builder()
                                .addLimit(configurations.get(k.limit()).getBandwidths()[0])
                                .withCustomTimePrecision(time)
                                .build())
                .tryConsumeAndReturnRemaining(1);
    }

    private static boolean isBucketNotFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    private boolean fallingBack() {
        Instant failedAt = sharedStoreFailedAt;
        return failedAt != null && Instant.now().isBefore(failedAt.plus(FALL_BACK_FOR));
    }

    /** Once per cluster: deletes shared buckets whose budget is full again. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    @SchedulerLock(name = "shared.rate-limits.forget-rested", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void forgetRestedClientsOnce() {
        forgetRestedClients();
    }

    /**
     * On every node: forgets this node's fallback buckets whose budget is full again and its cached search buckets
     * (at most {@value #SEARCH_UNSYNCED_TOKENS} unsynchronised searches per client go uncounted).
     */
    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    void forgetLocalClients() {
        searchBuckets.clear();
        localBuckets
                .entrySet()
                .removeIf(entry -> entry.getValue().getAvailableTokens()
                        >= configurations
                                .get(entry.getKey().limit())
                                .getBandwidths()[0]
                                .getCapacity());
    }

    /** Deletes (or forgets) clients whose budget is full again, so only recent clients take room. */
    void forgetRestedClients() {
        forgetLocalClients();
        if (shared != null) {
            try {
                int removed;
                do {
                    removed = shared.removeExpired(1_000);
                } while (removed == 1_000);
            } catch (RuntimeException e) {
                log.warn("Rate limits: could not delete rested buckets ({})", e.toString());
            }
        }
    }

    int clientsRemembered() {
        int local = localBuckets.size();
        if (shared == null) {
            return local;
        }
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE, Integer.class);
        return local + (rows == null ? 0 : rows);
    }

    private record Key(RateLimit limit, String client) {
        /** The row key: {@code <limit>:<client>}, or a digest of a client too long for the column. */
        String id() {
            String id = limit.key() + ":" + client;
            if (id.length() <= 200) {
                return id;
            }
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
                return limit.key() + ":sha256:" + HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
