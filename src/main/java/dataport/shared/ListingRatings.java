package dataport.shared;

import java.util.Collection;
import java.util.Map;

/**
 * Listings' rating summaries, contributed by the reviews module as a Spring bean, so catalog and search can show and
 * index them without depending on reviews. Listings without any review are left out of the answer; those whose reviews
 * are all hidden have a summary of count 0.
 */
public interface ListingRatings {

    Map<Long, RatingSummary> of(Collection<Long> listingIds);

    /** The listing's summary; {@link RatingSummary#NONE} when it has no reviews. */
    default RatingSummary of(long listingId) {
        return of(java.util.List.of(listingId)).getOrDefault(listingId, RatingSummary.NONE);
    }
}
