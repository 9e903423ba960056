package dataport.reviews;

import dataport.shared.ListingRatings;
import dataport.shared.RatingSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Rating summaries of listings, from their visible (not hidden) reviews, for catalog cards and the search index. */
@Component
class Ratings implements ListingRatings {

    private final Reviews reviews;

    Ratings(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, RatingSummary> of(Collection<Long> listingIds) {
        Map<Long, RatingSummary> summaries = new HashMap<>();
        if (listingIds.isEmpty()) {
            return summaries;
        }
        for (Object[] row : reviews.summarise(listingIds)) {
            long count = ((Number) row[1]).longValue();
            long sum = ((Number) row[2]).longValue();
            long revision = ((Number) row[3]).longValue();
            summaries.put(((Number) row[0]).longValue(), new RatingSummary((int) count, sum, revision));
        }
        return summaries;
    }
}
