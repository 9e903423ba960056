package dataport.search.internal;

import dataport.catalog.CatalogService;
import dataport.catalog.ListingChanged;
import dataport.catalog.ListingDetails;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies listing changes to the index. Runs after the change commits; the event publication registry recorded the
 * event in the change's own transaction, so a crash or an Elasticsearch outage only delays it: unfinished publications
 * are resubmitted (see {@link IndexMaintenance}). Applying one twice is harmless thanks to external versions.
 */
@Component
class ListingIndexer {

    private static final Logger log = LoggerFactory.getLogger(ListingIndexer.class);

    private final CatalogService catalog;
    private final ListingIndex index;

    ListingIndexer(CatalogService catalog, ListingIndex index) {
        this.catalog = catalog;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(ListingChanged event) throws IOException {
        try {
            apply(event);
        } catch (IOException | RuntimeException e) {
            // Expected while Elasticsearch is down: one line, then the publication stays incomplete and is retried.
            log.warn("Listing {} not indexed yet ({}); will retry", event.listingId(), e.toString());
            throw e;
        }
    }

    private void apply(ListingChanged event) throws IOException {
        List<ListingDetails> found = catalog.details(List.of(event.listingId()));
        if (found.isEmpty()) {
            return;
        }
        ListingDetails listing = found.getFirst();
        if (listing.isPublished()) {
            index.put(ListingDocument.of(listing));
        } else {
            index.remove(listing.id(), listing.version());
        }
    }
}
