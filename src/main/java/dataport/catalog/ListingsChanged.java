package dataport.catalog;

import java.util.List;

/**
 * Many listings changed in one decision (a batch approval): readers reload them together, as for one
 * {@link ListingChanged} each, but in batches.
 */
public record ListingsChanged(List<Long> listingIds) {

    /**
     * Ids per event: the event publication registry stores an event as JSON in a VARCHAR(4000) column, so a batch of
     * thousands is announced as several events of at most this many ids (11 characters each at most).
     */
    public static final int MAX_IDS = 300;

    public ListingsChanged {
        listingIds = List.copyOf(listingIds);
        if (listingIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("At most " + MAX_IDS + " listings per event");
        }
    }
}
