package dataport.search;

import dataport.catalog.BillingPeriod;
import dataport.catalog.PricingModel;
import dataport.merchants.Origin;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.util.List;

/** One page of search results, or the news that search is unavailable right now. */
public record SearchResults(Status status, QueryText query, long total, int page, List<Hit> hits) {

    public enum Status {
        OK,
        UNAVAILABLE
    }

    public static SearchResults unavailable(QueryText query, int page) {
        return new SearchResults(Status.UNAVAILABLE, query, 0, page, List.of());
    }

    public boolean isAvailable() {
        return status == Status.OK;
    }

    public int pageCount() {
        return (int) Math.ceil(total / (double) SearchRequest.PAGE_SIZE);
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
            BillingPeriod pricePeriod) {}
}
