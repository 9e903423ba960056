package dataport.search.internal;

import dataport.catalog.CatalogService;
import dataport.catalog.ListingsBulkLoaded;
import dataport.search.IndexStatus;
import dataport.search.RebuildAlreadyRunning;
import dataport.shared.ListingRatings;
import dataport.shared.RatingSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the index present and complete: builds it when missing (or at every start when configured), retries that
 * until Elasticsearch answers, resubmits listing changes whose indexing failed (with back-off, see
 * {@link DeliveryBackOff}), and runs full rebuilds, one at a time, with progress for the admin page and the log.
 */
@Component
@Order(-10)
public class IndexMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    /** Listings per bulk request: about 2-3 MB of JSON, where Elasticsearch's bulk indexing is most efficient. */
    static final int BATCH = 1_000;
    /** Publications not completed after this long are resubmitted even without a reported failure (a lost thread). */
    private static final Duration STUCK = Duration.ofSeconds(60);

    private static final Duration PROGRESS_LOG_EVERY = Duration.ofSeconds(5);

    private final ListingIndex index;
    private final CatalogService catalog;
    private final SearchProperties properties;
    private final IncompleteEventPublications incomplete;
    private final DeliveryBackOff backOff;
    private final Clock clock;
    private final ListingRatings ratings;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean rebuildOwed = new AtomicBoolean();
    /** One rebuild at a time; a semaphore, not a lock: ADMIN's rebuild is started in one thread and ends in another. */
    private final Semaphore rebuilding = new Semaphore(1);

    private volatile IndexStatus.Rebuild lastRebuild;
    private volatile Instant lastStuckCheck;

    IndexMaintenance(
            ListingIndex index,
            CatalogService catalog,
            SearchProperties properties,
            IncompleteEventPublications incomplete,
            DeliveryBackOff backOff,
            Clock clock,
            ListingRatings ratings) {
        this.ratings = ratings;
        this.index = index;
        this.catalog = catalog;
        this.properties = properties;
        this.incomplete = incomplete;
        this.backOff = backOff;
        this.clock = clock;
        this.lastStuckCheck = clock.instant();
    }

    /**
     * Runs before the demo data loader (order 0), so the alias exists before the first listing change is published
     * and every change finds an index to go to.
     */
    @Override
    public void run(ApplicationArguments args) {
        ensureIndex(properties.rebuildOnStart());
    }

    /**
     * Every half second: while the index is not ready, tries to build it (every 10 s); when index updates failed,
     * resubmits them on the back-off's schedule; once a minute, resubmits publications that never completed.
     */
    @Scheduled(initialDelay = 1_000, fixedDelay = 500)
    void retry() {
        Instant now = clock.instant();
        if (!ready.get()) {
            if (Duration.between(lastStuckCheck, now).toSeconds() >= 10) {
                lastStuckCheck = now;
                ensureIndex(properties.rebuildOnStart() || rebuildOwed.get());
            }
            return;
        }
        if (backOff.isDue()) {
            log.debug("Resubmitting failed index updates; next attempt in {}", backOff.currentDelay());
            resubmit(p -> p.getStatus() == EventPublication.Status.FAILED);
        } else if (Duration.between(lastStuckCheck, now).compareTo(STUCK) >= 0) {
            lastStuckCheck = now;
            resubmit(p -> p.getPublicationDate().isBefore(now.minus(STUCK)));
        }
    }

    private void resubmit(java.util.function.Predicate<EventPublication> which) {
        try {
            incomplete.resubmitIncompletePublications(which);
        } catch (RuntimeException e) {
            log.warn("Could not resubmit index updates ({})", e.toString());
        }
    }

    private void ensureIndex(boolean rebuild) {
        if (ready.get()) {
            return;
        }
        try {
            if (rebuild || !index.isCurrent()) {
                rebuild("start-up");
            }
            rebuildOwed.set(false);
            ready.set(true);
        } catch (IOException | RuntimeException e) {
            log.warn("Search index not ready yet ({}); will retry", e.toString());
        }
    }

    /**
     * Listings written in bulk (the generated demo catalogue, benchmarks) come without per-listing events: rebuild the
     * index once, in the loader's thread so it can time the whole load. A plain listener on purpose: through the event
     * publication registry, a resubmission could start a second rebuild while a long first one is still running. A
     * failed rebuild is owed instead, the retry loop does it once Elasticsearch answers, and the loader hears of the
     * failure (so a benchmark does not report a rebuild that did not happen).
     */
    @EventListener
    void on(ListingsBulkLoaded event) {
        long started = System.nanoTime();
        try {
            rebuild("bulk load");
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Index not rebuilt after a bulk load of {} listings ({}); will retry",
                    event.listings(),
                    e.toString());
            rebuildOwed.set(true);
            ready.set(false);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        log.info("Search index rebuilt after a bulk load of {} listings in {} ms", event.listings(), millis);
    }

    /**
     * Starts a full rebuild in the background, for ADMIN's button; refused while one runs.
     *
     * @throws RebuildAlreadyRunning when a rebuild is running
     */
    public void startRebuild(String trigger) {
        if (!rebuilding.tryAcquire()) {
            throw new RebuildAlreadyRunning();
        }
        // Marked as running before the thread starts, so the page shows it at once and a second click is refused.
        lastRebuild = new IndexStatus.Rebuild(trigger, true, 0, 0, clock.instant(), null, null);
        Thread.ofPlatform().name("index-rebuild").daemon().start(() -> {
            try {
                rebuildLocked(trigger);
            } catch (IOException | RuntimeException e) {
                // Already recorded in lastRebuild and logged.
            } finally {
                rebuilding.release();
            }
        });
    }

    public boolean isRebuilding() {
        return rebuilding.availablePermits() == 0;
    }

    /** The running or last rebuild since start; null when none ran. */
    public IndexStatus.Rebuild lastRebuild() {
        return lastRebuild;
    }

    /**
     * Rebuilds the whole index from the database behind the alias; searches keep working meanwhile. Waits for a
     * running rebuild to finish first: that one may have read the catalogue before the change this one is for.
     */
    public void rebuild(String trigger) throws IOException {
        rebuilding.acquireUninterruptibly();
        try {
            rebuildLocked(trigger);
        } finally {
            rebuilding.release();
        }
    }

    private void rebuildLocked(String trigger) throws IOException {
        Instant started = clock.instant();
        lastRebuild = new IndexStatus.Rebuild(trigger, true, 0, 0, started, null, null);
        try {
            List<Long> ids = catalog.publishedIds();
            long total = ids.size();
            lastRebuild = new IndexStatus.Rebuild(trigger, true, 0, total, started, null, null);
            log.info("Rebuilding the search index ({}): {} published listings", trigger, total);
            Iterable<List<ListingDocument>> batches = () -> IntStream.range(0, (ids.size() + BATCH - 1) / BATCH)
                    .mapToObj(i -> ids.subList(i * BATCH, Math.min(ids.size(), (i + 1) * BATCH)))
                    .map(batch -> {
                        Map<Long, RatingSummary> rated = ratings.of(batch);
                        return catalog.details(batch).stream()
                                .map(l -> ListingDocument.of(l, rated.get(l.id())))
                                .toList();
                    })
                    .iterator();
            long[] lastLogged = {System.nanoTime()};
            String built = index.rebuild(batches, done -> {
                IndexStatus.Rebuild now = new IndexStatus.Rebuild(trigger, true, done, total, started, null, null);
                lastRebuild = now;
                synchronized (lastLogged) {
                    if (System.nanoTime() - lastLogged[0] >= PROGRESS_LOG_EVERY.toNanos()) {
                        lastLogged[0] = System.nanoTime();
                        log.info(describe(now, clock.instant()));
                    }
                }
            });
            Instant finished = clock.instant();
            IndexStatus.Rebuild done = new IndexStatus.Rebuild(trigger, false, total, total, started, finished, null);
            lastRebuild = done;
            log.info(
                    "Search index rebuilt ({}) into {}: {} listings in {} s, {} listings/s",
                    trigger,
                    built,
                    total,
                    String.format(Locale.ROOT, "%.1f", done.elapsed(finished).toMillis() / 1000.0),
                    String.format(Locale.ROOT, "%,.0f", done.rate(finished)));
        } catch (IOException | RuntimeException e) {
            IndexStatus.Rebuild failed = lastRebuild;
            lastRebuild = new IndexStatus.Rebuild(
                    trigger, false, failed.done(), failed.total(), started, clock.instant(), e.toString());
            log.warn("Search index rebuild ({}) failed: {}", trigger, e.toString());
            throw e;
        }
    }

    static String describe(IndexStatus.Rebuild r, Instant now) {
        Duration left = r.remaining(now);
        return String.format(
                Locale.ROOT,
                "Rebuilding the search index (%s): %,d / %,d listings (%.0f%%), %,.0f listings/s%s",
                r.trigger(),
                r.done(),
                r.total(),
                r.fraction() * 100,
                r.rate(now),
                left == null ? "" : ", about " + Math.max(1, left.toSeconds()) + " s left");
    }
}
