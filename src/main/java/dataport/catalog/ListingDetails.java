package dataport.catalog;

import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import dataport.shared.ui.PriceLabels;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Everything a buyer sees of one listing, and what the search index stores. */
public record ListingDetails(
        Long id,
        long version,
        ListingStatus status,
        Bilingual title,
        Bilingual summary,
        Bilingual description,
        CategoryRef category,
        MerchantSummary merchant,
        DeliveryMode deliveryMode,
        DataClassification classification,
        boolean personalInformation,
        boolean crossBorder,
        UpdateFrequency updateFrequency,
        Bilingual sla,
        Bilingual licence,
        List<String> tags,
        List<String> regions,
        List<String> languages,
        List<Plan> plans,
        Instant publishedAt) {

    public boolean isPublished() {
        return status == ListingStatus.PUBLISHED;
    }

    /** The cheapest priced plan, for "from ..." labels; empty when every plan is quote-only. */
    public Optional<Plan> cheapestPlan() {
        return plans.stream()
                .filter(p -> p.price() != null)
                .min(Comparator.comparingLong(p -> p.price().minorUnits()));
    }

    public record Plan(Bilingual name, PricingModel model, BillingPeriod period, Bilingual unit, Money price) {

        /** The plan's price as buyers read it on the listing and at checkout, in {@code locale}. */
        public String priceLabel(Locale locale) {
            return PriceLabels.of(
                    locale,
                    price,
                    model.name(),
                    period == null ? null : period.name(),
                    unit == null ? null : unit.in(locale));
        }
    }
}
