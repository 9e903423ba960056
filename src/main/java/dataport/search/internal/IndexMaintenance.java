package dataport.search.internal;

import dataport.catalog.CatalogService;
import dataport.catalog.ListingsBulkLoaded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the index present and complete: builds it when missing (or at every start when configured), retries that
 * until Elasticsearch answers, and resubmits listing changes whose indexing failed.
 */
@Component
@Order(-10)
class IndexMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    private static final int BATCH = 500;

    private final ListingIndex index;
    private final CatalogService catalog;
    private final SearchProperties properties;
    private final IncompleteEventPublications incomplete;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean rebuildOwed = new AtomicBoolean();

    IndexMaintenance(
            ListingIndex index,
            CatalogService catalog,
            SearchProperties properties,
            IncompleteEventPublications incomplete) {
        this.index = index;
        this.catalog = catalog;
        this.properties = properties;
        this.incomplete = incomplete;
    }

    /**
     * Runs before the demo data loader (order 0), so the alias exists before the first listing change is published
     * and every change finds an index to go to.
     */
    @Override
    public void run(ApplicationArguments args) {
        ensureIndex(properties.rebuildOnStart());
    }

    /** Retries start-up indexing while Elasticsearch was unreachable, then replays failed changes. */
    @Scheduled(initialDelay = 10_000, fixedDelay = 10_000)
    void retry() {
        if (!ready.get()) {
            ensureIndex(properties.rebuildOnStart() || rebuildOwed.get());
            return;
        }
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofSeconds(10));
    }

    private synchronized void ensureIndex(boolean rebuild) {
        if (ready.get()) {
            return;
        }
        try {
            if (rebuild || !index.isCurrent()) {
                rebuild();
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
     * publication registry, the 10-second resubmission below would start a second, concurrent rebuild while a long
     * first one is still running. A failed rebuild is owed instead, the retry loop does it once Elasticsearch answers,
     * and the loader hears of the failure (so a benchmark does not report a rebuild that did not happen).
     */
    @EventListener
    void on(ListingsBulkLoaded event) {
        long started = System.nanoTime();
        try {
            rebuild();
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

    /** Rebuilds the whole index from the database behind the alias; searches keep working meanwhile. */
    public void rebuild() throws IOException {
        List<Long> ids = catalog.publishedIds();
        Iterable<List<ListingDocument>> batches = () -> IntStream.range(0, (ids.size() + BATCH - 1) / BATCH)
                .mapToObj(i -> ids.subList(i * BATCH, Math.min(ids.size(), (i + 1) * BATCH)))
                .map(batch ->
                        catalog.details(batch).stream().map(ListingDocument::of).toList())
                .iterator();
        index.rebuild(batches);
    }
}
