package dataport.merchants;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dataport.audit.AuditService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The merchants' summaries ({@link MerchantService#findAll(Collection)}: name, slug, status, whitelist badge and
 * scope) kept by this node for {@code dataport.merchants.summary-keep} (30 s), one copy for all visitors, at most
 * {@link #MAX_MERCHANTS}. Every page with listing cards (search, home, merchant and category pages) reads the
 * merchants of its cards; before, each read cost two JPA queries with {@code IN} lists, and Hibernate built a fresh
 * plan for each list length (about 4 % of the site's CPU with 200 simulated buyers, issue 16/14).
 *
 * <p>On this node, a change made through {@link MerchantService} or {@link WhitelistService} ({@link MerchantChanged})
 * drops every kept summary once committed, and a summary read before the change is not kept even if it arrives after
 * it; so the next page shows the change. Inside a transaction that writes, summaries are read and not kept: they may
 * show its uncommitted changes. Whitelist validity is by the day (Asia/Shanghai): a summary is kept at most until the
 * end of the day it was read on, so an entry starts and expires at midnight as without the copy. Up to the keep time
 * old: changes made on the other nodes of a cluster, and, with a read replica, a change whose next read came from a
 * replica still a little behind.
 */
@Component
class MerchantSummaryCache {

    /** Far more merchants than the cards of a keep time show; the least used go first beyond it. */
    static final int MAX_MERCHANTS = 20_000;

    private final Clock clock;
    private final Duration keep;
    private final Cache<Long, Kept> kept;
    /** Changes seen so far: a summary read before the latest is not served, even if it was stored after it. */
    private final AtomicLong changes = new AtomicLong();

    @Autowired
    MerchantSummaryCache(Clock clock, @Value("${dataport.merchants.summary-keep}") Duration keep) {
        this(clock, keep, MAX_MERCHANTS);
    }

    MerchantSummaryCache(Clock clock, Duration keep, int maxMerchants) {
        this.clock = clock;
        this.keep = keep;
        // Caffeine's own expiry only frees the memory; whether a summary may be served is decided by the app's clock.
        this.kept = Caffeine.newBuilder()
                .maximumSize(maxMerchants)
                .expireAfterWrite(keep)
                .build();
    }

    /**
     * The summaries of those of {@code ids} that exist, by id; those not kept, or kept too long, come from {@code read}
     * in one call.
     */
    Map<Long, MerchantSummary> get(Collection<Long> ids, Function<List<Long>, Map<Long, MerchantSummary>> read) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (keep.isZero() || writing()) {
            return read.apply(distinct);
        }
        long changesSeen = changes.get();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(AuditService.ZONE));
        Map<Long, MerchantSummary> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : distinct) {
            Kept k = kept.getIfPresent(id);
            if (k != null && k.isFreshAt(now.toInstant(), changesSeen)) {
                found.put(id, k.summary());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Instant nextDay =
                    now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()).toInstant();
            Instant due = min(now.toInstant().plus(keep), nextDay);
            read.apply(missing).forEach((id, summary) -> {
                kept.put(id, new Kept(summary, changesSeen, now.toInstant(), due));
                found.put(id, summary);
            });
        }
        return found;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MerchantChanged event) {
        // Changes are rare (compliance decisions): dropping all is simpler than finding who read what when.
        changes.incrementAndGet();
        kept.invalidateAll();
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** @param due when it is no longer served: the keep time after reading, or the end of the day it was read on */
    private record Kept(MerchantSummary summary, long changesSeen, Instant readAt, Instant due) {

        /** Also not fresh when the clock went back before the read (the day it was read on may not have begun). */
        boolean isFreshAt(Instant now, long changes) {
            return changesSeen == changes && !now.isBefore(readAt) && now.isBefore(due);
        }
    }
}
