package dataport.search;

import static dataport.delivery.PaidOrders.await;
import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.reviews.ReviewInput;
import dataport.reviews.ReviewService;
import dataport.shared.ListingRatings;
import dataport.shared.RatingSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "best rated" order and the rating facet over the real index: ratings reach the index through the reviews
 * module's events, and the Bayesian average puts fifty reviews averaging 4.8 above a single 5-star review.
 */
@IntegrationTest
class RatingSearchTest {

    @Autowired
    SearchService search;

    @Autowired
    ReviewService reviews;

    @Autowired
    CatalogService catalog;

    @Autowired
    ListingRatings ratings;

    @Test
    void fiftyReviewsAveragingFourPointEightRankAboveOneFiveStarReviewAndBothPassTheFourStarFilter() {
        List<ListingDetails> unrated = catalog.details(catalog.publishedIds()).stream()
                .filter(l -> ratings.of(l.id()).isEmpty())
                .limit(2)
                .toList();
        ListingDetails single = unrated.get(0);
        ListingDetails many = unrated.get(1);
        Instant at = Instant.now();
        reviews.recordDemoReview(
                single.id(),
                single.merchant().id(),
                "One buyer",
                new ReviewInput(5, null, "Excellent, no notes.", null),
                at);
        for (int i = 0; i < 50; i++) {
            reviews.recordDemoReview(
                    many.id(),
                    many.merchant().id(),
                    "Buyer " + i,
                    new ReviewInput(i < 40 ? 5 : 4, null, "Reliable data, review number " + i + ".", null),
                    at);
        }
        assertThat(ratings.of(many.id()).sameRatings(new RatingSummary(50, 240)))
                .isTrue();

        await(
                () -> hit(many.id(), SearchSort.BEST_RATED)
                                .map(h -> h.rating().count() == 50)
                                .orElse(false)
                        && hit(single.id(), SearchSort.BEST_RATED).isPresent(),
                "both listings are indexed with their ratings");

        List<Long> bestRated = ids(request(SearchSort.BEST_RATED, Map.of()));
        assertThat(bestRated).contains(many.id(), single.id());
        assertThat(bestRated.indexOf(many.id())).isLessThan(bestRated.indexOf(single.id()));

        SearchResults fourUp = search.search(request(SearchSort.BEST_RATED, Map.of(SearchFacet.STARS, Set.of("4"))));
        assertThat(fourUp.hits())
                .allSatisfy(
                        h -> assertThat(h.rating().average()).isGreaterThanOrEqualTo(new java.math.BigDecimal("4.0")));
        assertThat(fourUp.facet(SearchFacet.STARS))
                .extracting(SearchResults.FacetValue::value)
                .containsExactly("4", "3");
        SearchResults all = search.search(request(SearchSort.NEWEST, Map.of()));
        assertThat(fourUp.total()).isPositive().isLessThan(all.total());
        assertThat(fourUp.request().toParameters())
                .containsEntry("sort", List.of("rating"))
                .containsEntry("stars", List.of("4"));
    }

    @Test
    void theRatingSortAndFacetRoundTripThroughTheUrl() {
        SearchRequest request = SearchRequest.fromParameters(
                Map.of("sort", List.of("rating"), "stars", List.of("3", "five")), Locale.SIMPLIFIED_CHINESE);

        assertThat(request.sort()).isEqualTo(SearchSort.BEST_RATED);
        assertThat(request.selected(SearchFacet.STARS)).containsExactly("3");
        assertThat(SearchRequest.fromParameters(request.toParameters(), Locale.ENGLISH)
                        .selected(SearchFacet.STARS))
                .containsExactly("3");
    }

    private static SearchRequest request(SearchSort sort, Map<SearchFacet, Set<String>> filters) {
        return new SearchRequest("", filters, sort, 0, Locale.ENGLISH);
    }

    private Optional<SearchResults.Hit> hit(long listingId, SearchSort sort) {
        for (int page = 0; page < 5; page++) {
            SearchResults results = search.search(
                    request(sort, Map.of(SearchFacet.STARS, Set.of("3"))).withPage(page));
            Optional<SearchResults.Hit> found = results.hits().stream()
                    .filter(h -> h.listingId() == listingId)
                    .findFirst();
            if (found.isPresent() || results.hits().size() < SearchRequest.PAGE_SIZE) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Listing ids in order over the first pages. */
    private List<Long> ids(SearchRequest request) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            SearchResults results = search.search(request.withPage(page));
            results.hits().forEach(h -> ids.add(h.listingId()));
            if (results.hits().size() < SearchRequest.PAGE_SIZE) {
                break;
            }
        }
        return ids;
    }
}
