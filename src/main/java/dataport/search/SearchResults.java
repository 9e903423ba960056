package dataport.search;

import dataport.catalog.BillingPeriod;
import dataport.catalog.PricingModel;
import dataport.merchants.Origin;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import dataport.shared.RatingSummary;
import java.util.List;
import java.util.Map;

/**
 * One page of search results, or the news that search is unavailable right now.
 *
 * @param request the request as understood (hostile filter values dropped, page clamped to the last page)
 * @param facets per facet, its values with counts; each facet counted with the other facets' filters applied
 * @param unfilteredTotal matches of the text alone, without any filter (what "remove filters" would give)
 * @param didYouMean a corrected spelling of the text when nothing matched, or null
 * @param alternatives when nothing matched: the closest listings for a looser reading of the text
 */
public record SearchResults(
        Status status,
        QueryText query,
        SearchRequest request,
        long total,
        int page,
        List<Hit> hits,
        Map<SearchFacet, List<FacetValue>> facets,
        long unfilteredTotal,
        String didYouMean,
        List<Hit> alternatives) {

    public enum Status {
        OK,
        UNAVAILABLE
    }

    public SearchResults(Status status, QueryText query, long total, int page, List<Hit> hits) {
        this(status, query, null, total, page, hits, Map.of(), total, null, List.of());
    }

    public static SearchResults unavailable(QueryText query, SearchRequest request) {
        return new SearchResults(
                Status.UNAVAILABLE, query, request, 0, request.page(), List.of(), Map.of(), 0, null, List.of());
    }

    public boolean isAvailable() {
        return status == Status.OK;
    }

    public int pageCount() {
        return (int) Math.ceil(total / (double) SearchRequest.PAGE_SIZE);
    }

    public List<FacetValue> facet(SearchFacet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** One value of a facet and how many results it would leave. */
    public record FacetValue(String value, long count) {}

    /** Where a query matched a listing, for the "why this matched" line. */
    public enum MatchedField {
        TITLE,
        SUMMARY,
        TAGS,
        MERCHANT,
        CATEGORY
    }

    /**
     * A matching listing. The highlights hold HTML in which every character of the listing's own text is escaped and
     * only {@code <mark>} tags are added; a language is null where that field did not match.
     */
    public record Hit(
            long listingId,
            Bilingual title,
            Bilingual summary,
            Bilingual titleHighlight,
            Bilingual summaryHighlight,
            long merchantId,
            Bilingual merchantName,
            Origin merchantOrigin,
            String merchantCountry,
            Bilingual category,
            Money priceFrom,
            PricingModel priceModel,
            BillingPeriod pricePeriod,
            List<MatchedField> matchedFields,
            List<String> matchedTerms,
            RatingSummary rating,
            List<Translation> translations) {

        public Hit {
            translations = translations == null ? List.of() : List.copyOf(translations);
        }

        /** A hit without ratings or translations (as before reviews and the lexicon existed). */
        public Hit(
                long listingId,
                Bilingual title,
                Bilingual summary,
                Bilingual titleHighlight,
                Bilingual summaryHighlight,
                long merchantId,
                Bilingual merchantName,
                Origin merchantOrigin,
                String merchantCountry,
                Bilingual category,
                Money priceFrom,
                PricingModel priceModel,
                BillingPeriod pricePeriod,
                List<MatchedField> matchedFields,
                List<String> matchedTerms) {
            this(
                    listingId,
                    title,
                    summary,
                    titleHighlight,
                    summaryHighlight,
                    merchantId,
                    merchantName,
                    merchantOrigin,
                    merchantCountry,
                    category,
                    priceFrom,
                    priceModel,
                    pricePeriod,
                    matchedFields,
                    matchedTerms,
                    RatingSummary.NONE,
                    List.of());
        }
    }

    /**
     * A translation through which a listing matched a query in the other language: {@code found} in the listing (气象)
     * for {@code queried} in the query (weather), from the bilingual lexicon.
     */
    public record Translation(String found, String queried) {}

    /** A completion while typing: a listing title (in either language) that starts with what was typed. */
    public record Suggestion(long listingId, String text) {}
}
