package dataport.search.internal;

import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;

/** Index updates recorded in the event publication registry and not yet applied: what the index still owes. */
@Component
public class PendingIndexUpdates {

    private static final String LISTENERS = ListingIndexer.class.getName();

    private final EventPublicationRepository publications;
    private final DeliveryBackOff backOff;

    PendingIndexUpdates(EventPublicationRepository publications, DeliveryBackOff backOff) {
        this.publications = publications;
        this.backOff = backOff;
    }

    /**
     * Incomplete publications of the search module's listeners (completed ones are deleted, see
     * application.properties). Read through Spring Modulith's repository rather than its table, whose layout is the
     * library's to change.
     */
    public long count() {
        return publications.findIncompletePublications().stream()
                .filter(p -> p.getTargetIdentifier().getValue().startsWith(LISTENERS))
                .count();
    }

    /** Whether index updates are failing now (Elasticsearch unreachable) and being retried with back-off. */
    public boolean failing() {
        return backOff.isFailing();
    }
}
