package dataport.search.internal;

import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRenamed;
import dataport.catalog.ListingChanged;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingsChanged;
import dataport.reviews.ReviewEdited;
import dataport.reviews.ReviewHidden;
import dataport.reviews.ReviewPublished;
import dataport.shared.ListingRatings;
import dataport.shared.RatingSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies listing changes to the index. Runs after the change commits; the event publication registry recorded the
 * event in the change's own transaction, so a crash or an Elasticsearch outage only delays it: failed publications
 * are resubmitted with back-off (see {@link IndexMaintenance}) and unfinished ones again at the next start. Applying
 * one twice, or an older one after a newer, is harmless: each write carries the listing's version, and the index
 * keeps the newest.
 */
@Component
class ListingIndexer {

    private static final Logger log = LoggerFactory.getLogger(ListingIndexer.class);

    private final CatalogService catalog;
    private final ListingIndex index;
    private final DeliveryBackOff backOff;
    private final LiveRefresh liveRefresh;
    private final ListingRatings ratings;

    ListingIndexer(
            CatalogService catalog,
            ListingIndex index,
            DeliveryBackOff backOff,
            LiveRefresh liveRefresh,
            ListingRatings ratings) {
        this.catalog = catalog;
        this.ratings = ratings;
        this.index = index;
        this.backOff = backOff;
        this.liveRefresh = liveRefresh;
    }

    @ApplicationModuleListener
    void on(ListingChanged event) throws IOException {
        deliver(() -> apply(List.of(event.listingId())), "listing " + event.listingId());
    }

    /** A batch decision (e.g. 3,500 listings approved at once): written in bulk requests, not one per listing. */
    @ApplicationModuleListener
    void on(ListingsChanged event) throws IOException {
        List<Long> ids = event.listingIds();
        deliver(
                () -> {
                    for (int from = 0; from < ids.size(); from += IndexMaintenance.BATCH) {
                        apply(ids.subList(from, Math.min(ids.size(), from + IndexMaintenance.BATCH)));
                    }
                },
                ids.size() + " listings");
    }

    /** A listing's rating summary changed: its document carries the new one. */
    @ApplicationModuleListener
    void on(ReviewPublished event) throws IOException {
        deliver(() -> apply(List.of(event.listingId())), "rating of listing " + event.listingId());
    }

    @ApplicationModuleListener
    void on(ReviewEdited event) throws IOException {
        deliver(() -> apply(List.of(event.listingId())), "rating of listing " + event.listingId());
    }

    @ApplicationModuleListener
    void on(ReviewHidden event) throws IOException {
        deliver(() -> apply(List.of(event.listingId())), "rating of listing " + event.listingId());
    }

    /** Every listing of the category shows its name: reload them all, in batches. */
    @ApplicationModuleListener
    void on(CategoryRenamed event) throws IOException {
        deliver(
                () -> {
                    List<Long> ids = catalog.publishedIdsInCategory(event.code());
                    for (int from = 0; from < ids.size(); from += IndexMaintenance.BATCH) {
                        apply(ids.subList(from, Math.min(ids.size(), from + IndexMaintenance.BATCH)));
                    }
                },
                "category " + event.code());
    }

    private interface Delivery {
        void run() throws IOException;
    }

    private void deliver(Delivery delivery, String what) throws IOException {
        try {
            delivery.run();
            liveRefresh.written();
            backOff.succeeded();
        } catch (IOException | RuntimeException e) {
            // The publication stays incomplete and is retried; the back-off logs the outage once, not per listing.
            log.debug("{} not indexed yet ({})", what, e.toString());
            backOff.failed(e.toString());
            throw e;
        }
    }

    /** Writes the listings' current state: published ones are (re)indexed, others removed. */
    void apply(List<Long> ids) throws IOException {
        List<ListingDocument> published = new ArrayList<>();
        Map<Long, RatingSummary> rated = ratings.of(ids);
        for (ListingDetails listing : catalog.details(ids)) {
            if (listing.isPublished()) {
                published.add(ListingDocument.of(listing, rated.get(listing.id())));
            } else {
                index.remove(listing.id(), listing.version());
            }
        }
        index.putAll(published);
    }
}
