package dataport.catalog;

import dataport.catalog.CatalogService.NewPlan;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import dataport.shared.ui.PriceLabels;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A listing as buyers and the search index read it: which listing (id, version, status, publication time), whose it
 * is (the merchant) and where it stands (the category, resolved) around the merchant's {@link ListingContent}, which
 * it holds unchanged ({@code details.content().title()}). The content's texts are never null here; its category code
 * is {@link #category()}'s.
 */
public record ListingDetails(
        Long id,
        long version,
        ListingStatus status,
        ListingContent content,
        CategoryRef category,
        MerchantSummary merchant,
        Instant publishedAt) {

    public ListingDetails {
        Objects.requireNonNull(content, "content");
    }

    public boolean isPublished() {
        return status == ListingStatus.PUBLISHED;
    }

    /** Whether the merchant said the data holds personal information (unanswered reads as no). */
    public boolean handlesPersonalInformation() {
        return Boolean.TRUE.equals(content.personalInformation());
    }

    /** The content's plans as buyers read them, in the merchant's order (a plan's index is its number at checkout). */
    public List<Plan> plans() {
        return content.plans().stream().map(Plan::of).toList();
    }

    /** The cheapest priced plan, for "from ..." labels; empty when every plan is quote-only. */
    public Optional<Plan> cheapestPlan() {
        return plans().stream()
                .filter(p -> p.price() != null)
                .min(Comparator.comparingLong(p -> p.price().minorUnits()));
    }

    public record Plan(Bilingual name, PricingModel model, BillingPeriod period, Bilingual unit, Money price) {

        static Plan of(NewPlan p) {
            return new Plan(p.name(), p.model(), p.period(), p.unit(), p.price());
        }

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
