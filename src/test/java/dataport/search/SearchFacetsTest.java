package dataport.search;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.merchants.Origin;
import dataport.shared.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Facets, sorts, completions and zero-result help, against the real index of the demo catalogue. */
@IntegrationTest
class SearchFacetsTest {

    @Autowired
    SearchService search;

    @Test
    void facetCountsAddUpToTheResults() {
        SearchResults results = search(new SearchRequest("", 0, Locale.ENGLISH));

        assertThat(results.facet(SearchFacet.ORIGIN).stream()
                        .mapToLong(SearchResults.FacetValue::count)
                        .sum())
                .isEqualTo(results.total());
        assertThat(results.facet(SearchFacet.TRACK).stream()
                        .mapToLong(SearchResults.FacetValue::count)
                        .sum())
                .isEqualTo(results.total());
        assertThat(results.facet(SearchFacet.DELIVERY)).isNotEmpty();
        assertThat(results.facet(SearchFacet.PRICE)).isNotEmpty();
        assertThat(results.facet(SearchFacet.CROSS_BORDER))
                .extracting(SearchResults.FacetValue::value)
                .containsAnyOf("true", "false");
    }

    @Test
    void aFilterNarrowsTheResultsToItsValueAndItsCountMatches() {
        SearchResults all = search(new SearchRequest("data", 0, Locale.ENGLISH));
        long foreign = count(all, SearchFacet.ORIGIN, Origin.FOREIGN.name());

        SearchResults filtered = search(filter(all.request(), SearchFacet.ORIGIN, "FOREIGN"));

        assertThat(filtered.total()).isEqualTo(foreign).isPositive().isLessThan(all.total());
        assertThat(filtered.hits())
                .allSatisfy(hit -> assertThat(hit.merchantOrigin()).isEqualTo(Origin.FOREIGN));
        assertThat(filtered.unfilteredTotal()).isEqualTo(all.total());
    }

    @Test
    void aFacetIsCountedWithTheOtherFacetsFiltersButNotItsOwn() {
        SearchRequest request = new SearchRequest("", 0, Locale.ENGLISH);
        SearchResults all = search(request);
        String mode = all.facet(SearchFacet.DELIVERY).getFirst().value();

        SearchResults oneMode = search(filter(request, SearchFacet.DELIVERY, mode));

        // Its own facet still offers the other modes, with the counts they had before.
        assertThat(oneMode.facet(SearchFacet.DELIVERY)).isEqualTo(all.facet(SearchFacet.DELIVERY));
        // Other facets count only listings of the chosen mode.
        assertThat(oneMode.facet(SearchFacet.ORIGIN).stream()
                        .mapToLong(SearchResults.FacetValue::count)
                        .sum())
                .isEqualTo(oneMode.total())
                .isEqualTo(count(all, SearchFacet.DELIVERY, mode));
    }

    @Test
    void twoValuesOfOneFacetMatchEitherValue() {
        SearchResults all = search(new SearchRequest("", 0, Locale.ENGLISH));
        List<SearchResults.FacetValue> modes = all.facet(SearchFacet.DELIVERY);

        SearchResults both = search(new SearchRequest(
                "",
                Map.of(
                        SearchFacet.DELIVERY,
                        Set.of(modes.get(0).value(), modes.get(1).value())),
                SearchSort.RELEVANCE,
                0,
                Locale.ENGLISH));

        assertThat(both.total()).isEqualTo(modes.get(0).count() + modes.get(1).count());
    }

    @Test
    void filtersDoNotChangeTheOrderOfWhatRemains() {
        SearchResults all = search(new SearchRequest("data", 0, Locale.ENGLISH));
        SearchResults filtered = search(filter(all.request(), SearchFacet.ORIGIN, "DOMESTIC"));

        List<Long> expected = all.hits().stream()
                .filter(hit -> hit.merchantOrigin() == Origin.DOMESTIC)
                .map(SearchResults.Hit::listingId)
                .toList();
        assertThat(filtered.hits().stream().map(SearchResults.Hit::listingId).toList())
                .startsWith(expected.toArray(Long[]::new));
    }

    @Test
    void priceBandsHoldTheirListingsAndPriceOrderIsAscending() {
        SearchResults all = search(new SearchRequest("", 0, Locale.ENGLISH));
        SearchResults.FacetValue band = all.facet(SearchFacet.PRICE).getFirst();

        SearchResults inBand = search(filter(all.request(), SearchFacet.PRICE, band.value()));
        assertThat(inBand.total()).isEqualTo(band.count());

        SearchResults cheapFirst = search(all.request().withSort(SearchSort.PRICE_ASC));
        SearchResults dearFirst = search(all.request().withSort(SearchSort.PRICE_DESC));
        assertThat(cheapFirst.hits().getFirst().listingId())
                .isNotEqualTo(dearFirst.hits().getFirst().listingId());
    }

    @Test
    void newestFirstSortsByPublicationDate() {
        SearchResults newest = search(new SearchRequest("cloud", 0, Locale.ENGLISH).withSort(SearchSort.NEWEST));

        assertThat(newest.total()).isPositive();
        assertThat(newest.request().sort()).isEqualTo(SearchSort.NEWEST);
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() {
        SearchResults results = search(new SearchRequest("", 300, Locale.ENGLISH));

        assertThat(results.hits()).isNotEmpty();
        assertThat(results.page()).isEqualTo(results.pageCount() - 1);
    }

    @Test
    void eachHitSaysWhereAndWhichWordsMatched() {
        SearchResults results = search(new SearchRequest("cloud storage", 0, Locale.ENGLISH));

        SearchResults.Hit first = results.hits().getFirst();
        assertThat(first.matchedFields()).contains(SearchResults.MatchedField.TITLE);
        assertThat(first.matchedTerms()).contains("storage");
    }

    @Test
    void typingSuggestsTitlesInBothLanguages() {
        assertThat(search.suggest("Post-Quan"))
                .extracting(SearchResults.Suggestion::text)
                .anySatisfy(t -> assertThat(t).startsWith("Post-Quantum"));
        assertThat(search.suggest("stora"))
                .extracting(SearchResults.Suggestion::text)
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("storage"));
        assertThat(search.suggest("隐私"))
                .extracting(SearchResults.Suggestion::text)
                .anySatisfy(t -> assertThat(t).contains("隐私"));
        assertThat(search.suggest("")).isEmpty();
        assertThat(search.suggest("\"*(){}[]\u0000")).isNotNull();
    }

    @Test
    void aMisspeltSearchWithNoResultsOffersACorrectionAndAlternatives() {
        SearchResults results = search(new SearchRequest("xloud storage", 0, Languages.ENGLISH));

        assertThat(results.total()).isZero();
        assertThat(results.didYouMean()).isNotNull();
        assertThat(search(new SearchRequest(results.didYouMean(), 0, Locale.ENGLISH))
                        .total())
                .isPositive();
        assertThat(results.alternatives()).isNotEmpty();
    }

    @Test
    void filtersThatLeaveNothingStillTellHowManyTheTextAloneFinds() {
        SearchResults results = search(new SearchRequest(
                "cloud", Map.of(SearchFacet.COUNTRY, Set.of("AQ")), SearchSort.RELEVANCE, 0, Locale.ENGLISH));

        assertThat(results.total()).isZero();
        assertThat(results.unfilteredTotal()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"unbalanced",
                "cloud AND (storage OR",
                "😀🚀",
                "\u0000\u0007\u001b",
                "title:foo^3 ~2 /regex/ \\",
                "数据)(*&^%$#@!"
            })
    void hostileQueriesWithFiltersAndSortsNeverFail(String text) {
        SearchResults results = search(new SearchRequest(
                text, Map.of(SearchFacet.DELIVERY, Set.of("API")), SearchSort.PRICE_DESC, 3, Locale.ENGLISH));

        assertThat(results.isAvailable()).isTrue();
        assertThat(search(new SearchRequest(text.repeat(2_000), 0, Locale.CHINESE))
                        .isAvailable())
                .isTrue();
    }

    private SearchResults search(SearchRequest request) {
        SearchResults results = search.search(request);
        assertThat(results.isAvailable()).isTrue();
        return results;
    }

    private static SearchRequest filter(SearchRequest request, SearchFacet facet, String value) {
        return request.withFilter(facet, List.of(value));
    }

    private static long count(SearchResults results, SearchFacet facet, String value) {
        return results.facet(facet).stream()
                .filter(v -> v.value().equals(value))
                .mapToLong(SearchResults.FacetValue::count)
                .sum();
    }
}
