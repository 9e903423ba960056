package dataport.catalog;

import java.util.List;

/**
 * Many listings changed in one decision (a batch approval): readers reload them together, as for one
 * {@link ListingChanged} each, but in batches.
 */
public record ListingsChanged(List<Long> listingIds) {

    public ListingsChanged {
        listingIds = List.copyOf(listingIds);
    }
}
