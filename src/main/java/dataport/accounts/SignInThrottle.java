package dataport.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins within 15 minutes, for one account or
 * from one client address, further attempts are refused for 15 minutes.
 *
 * <p>Kept in the database (tables {@code sign_in_failure} and {@code sign_in_block}, V72), so every app node of a
 * cluster counts the same failures; the client address comes from the trusted proxy header
 * ({@code server.forward-headers-strategy}). When the database cannot be written (primary down), this node counts in
 * its own memory until it can again. A job run once per cluster deletes what no longer counts.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    /** Counts in this node's memory only: for unit tests. */
    SignInThrottle(Clock clock) {
        this(clock, (JdbcTemplate) null);
    }

    @Autowired
    SignInThrottle(Clock clock, DataSource dataSource) {
        this(clock, new JdbcTemplate(dataSource));
    }

    private SignInThrottle(Clock clock, JdbcTemplate jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    boolean isBlocked(String account, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        if (blocked(accountKey, now) || blocked(addressKey, now)) {
            return true;
        }
        if (jdbc == null) {
            return false;
        }
        try {
            Integer blocks = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM sign_in_block WHERE throttle_key IN (?, ?) AND blocked_until > ?",
                    Integer.class,
                    accountKey == null ? "" : accountKey,
                    addressKey == null ? "" : addressKey,
                    Timestamp.from(now));
            return blocks != null && blocks > 0;
        } catch (DataAccessException e) {
            log.warn("Sign-in throttle: database not reachable ({}); this node's own counts apply", e.toString());
            return false;
        }
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(account), addressKey(address)}) {
            if (key == null) {
                continue;
            }
            if (jdbc == null) {
                count(key, now);
                continue;
            }
            try {
                countShared(key, now);
            } catch (DataAccessException e) {
                log.warn("Sign-in throttle: database not writable ({}); counting in this node", e.toString());
                count(key, now);
            }
        }
    }

    private void countShared(String key, Instant now) {
        jdbc.update("INSERT INTO sign_in_failure (throttle_key, failed_at) VALUES (?, ?)", key, Timestamp.from(now));
        Integer recent = jdbc.queryForObject(
                "SELECT COUNT(*) FROM sign_in_failure WHERE throttle_key = ? AND failed_at > ?",
                Integer.class,
                key,
                Timestamp.from(now.minus(WINDOW)));
        if (recent != null && recent >= MAX_FAILURES) {
            jdbc.update(
                    "INSERT INTO sign_in_block (throttle_key, blocked_until) VALUES (?, ?)"
                            + " ON DUPLICATE KEY UPDATE blocked_until = VALUES(blocked_until)",
                    key,
                    Timestamp.from(now.plus(BLOCK)));
            jdbc.update("DELETE FROM sign_in_failure WHERE throttle_key = ?", key);
        }
    }

    /** A right password clears the account's count; the address keeps its own (one valid account must not reset it). */
    void succeeded(String account) {
        String key = accountKey(account);
        if (key == null) {
            return;
        }
        failures.remove(key);
        if (jdbc != null) {
            try {
                jdbc.update("DELETE FROM sign_in_failure WHERE throttle_key = ?", key);
            } catch (DataAccessException e) {
                log.warn("Sign-in throttle: could not clear the count of an account ({})", e.toString());
            }
        }
    }

    private boolean blocked(String key, Instant now) {
        if (key == null) {
            return false;
        }
        Instant until = blockedUntil.get(key);
        return until != null && now.isBefore(until);
    }

    private void count(String key, Instant now) {
        if (key == null) {
            return;
        }
        failures.compute(key, (k, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            recent.addLast(now);
            if (recent.size() >= MAX_FAILURES) {
                blockedUntil.put(k, now.plus(BLOCK));
                return null;
            }
            return recent;
        });
    }

    /** Once per cluster: deletes failures and blocks that no longer count. */
    @Scheduled(fixedDelay = 300_000, initialDelay = 300_000)
    @SchedulerLock(name = "accounts.sign-in-throttle.forget", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    void forgetOldRowsOnce() {
        if (jdbc == null) {
            return;
        }
        Instant now = clock.instant();
        try {
            jdbc.update("DELETE FROM sign_in_block WHERE blocked_until <= ?", Timestamp.from(now));
            jdbc.update("DELETE FROM sign_in_failure WHERE failed_at <= ?", Timestamp.from(now.minus(WINDOW)));
        } catch (DataAccessException e) {
            log.warn("Sign-in throttle: could not delete old rows ({})", e.toString());
        }
    }

    /** Forgets what no longer matters in this node's memory, so the maps cannot grow without bound. */
    @Scheduled(fixedDelay = 300_000, initialDelay = 300_000)
    void forgetOldEntries() {
        Instant now = clock.instant();
        blockedUntil.values().removeIf(until -> !now.isBefore(until));
        Instant cutoff = now.minus(WINDOW);
        for (String key : failures.keySet()) {
            failures.computeIfPresent(
                    key, (k, times) -> times.isEmpty() || !times.peekLast().isAfter(cutoff) ? null : times);
        }
    }

    private static String accountKey(String account) {
        return account == null || account.isBlank() ? null : "account:" + User.normalizeEmail(account);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address;
    }
}
