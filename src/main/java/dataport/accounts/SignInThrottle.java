package dataport.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins within 15 minutes, for one account or
 * from one client address, further attempts are refused for 15 minutes.
 *
 * <p>Kept in this node's memory. Several nodes behind a load balancer would each count on their own, so an attacker
 * gets {@value #MAX_FAILURES} tries per node: a multi-node deployment needs a shared store (a database table or
 * Redis with expiring keys) and the real client address from a trusted proxy header
 * ({@code server.forward-headers-strategy}).
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String account, String address) {
        Instant now = clock.instant();
        return blocked(accountKey(account), now) || blocked(addressKey(address), now);
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        count(accountKey(account), now);
        count(addressKey(address), now);
    }

    /** A right password clears the account's count; the address keeps its own (one valid account must not reset it). */
    void succeeded(String account) {
        failures.remove(accountKey(account));
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

    /** Forgets what no longer matters, so the maps cannot grow without bound. */
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
