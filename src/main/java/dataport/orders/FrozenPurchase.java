package dataport.orders;

import dataport.catalog.BillingPeriod;
import dataport.catalog.DeliveryMode;
import dataport.catalog.LicencePolicy;
import dataport.catalog.ListingDetails;
import dataport.catalog.PricingModel;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.util.Currency;

/**
 * The copy of a listing's plan an order keeps: what the buyer saw and agreed to at checkout, whatever the merchant
 * edits later.
 */
record FrozenPurchase(
        long listingId,
        long listingVersion,
        long merchantId,
        Bilingual merchantName,
        Bilingual title,
        int planIndex,
        Bilingual planName,
        PricingModel pricingModel,
        BillingPeriod billingPeriod,
        Bilingual unit,
        DeliveryMode deliveryMode,
        Bilingual licence,
        String licencePolicyUid,
        Money unitPrice,
        int quantity) {

    /** Most units one order may buy: keeps totals far from overflow and from Stripe's amount limit. */
    static final int MAX_QUANTITY = 100_000;

    FrozenPurchase {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new CheckoutRefused(CheckoutRefused.Reason.QUANTITY);
        }
        if (pricingModel != PricingModel.USAGE && quantity != 1) {
            throw new CheckoutRefused(CheckoutRefused.Reason.QUANTITY);
        }
        if (pricingModel == PricingModel.QUOTE || unitPrice == null) {
            throw new CheckoutRefused(CheckoutRefused.Reason.QUOTE_ONLY);
        }
        requirePayable(unitPrice.currency());
    }

    /**
     * Checkout takes currencies with 0 or 2 decimals. Three-decimal ones (BHD, KWD, ...) are refused: Stripe wants
     * their last digit 0, and no listing is priced in them today.
     */
    static void requirePayable(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits != 0 && digits != 2) {
            throw new CheckoutRefused(CheckoutRefused.Reason.CURRENCY);
        }
    }

    /** @param policy the listing's current licence policy (stored in the same transaction as the order) */
    static FrozenPurchase of(ListingDetails listing, LicencePolicy policy, int planIndex, int quantity) {
        if (planIndex < 0 || planIndex >= listing.plans().size()) {
            throw new CheckoutRefused(CheckoutRefused.Reason.NO_SUCH_PLAN);
        }
        ListingDetails.Plan plan = listing.plans().get(planIndex);
        return new FrozenPurchase(
                listing.id(),
                listing.version(),
                listing.merchant().id(),
                listing.merchant().name(),
                listing.content().title(),
                planIndex,
                plan.name(),
                plan.model(),
                plan.period(),
                plan.unit(),
                listing.content().deliveryMode(),
                listing.content().licence(),
                policy.uid(),
                plan.price(),
                quantity);
    }

    /**
     * The plan as a private offer sells it: at the offer's price, one unit. A quote-only plan and a usage plan become a
     * one-off purchase (the offer's price is the whole agreed amount); a subscription stays one, at the offered price
     * per period.
     */
    static FrozenPurchase offered(ListingDetails listing, LicencePolicy policy, int planIndex, Money price) {
        if (planIndex < 0 || planIndex >= listing.plans().size()) {
            throw new CheckoutRefused(CheckoutRefused.Reason.NO_SUCH_PLAN);
        }
        ListingDetails.Plan plan = listing.plans().get(planIndex);
        boolean subscription = plan.model() == PricingModel.SUBSCRIPTION;
        return new FrozenPurchase(
                listing.id(),
                listing.version(),
                listing.merchant().id(),
                listing.merchant().name(),
                listing.content().title(),
                planIndex,
                plan.name(),
                subscription ? PricingModel.SUBSCRIPTION : PricingModel.ONE_OFF,
                subscription ? plan.period() : null,
                subscription ? plan.unit() : null,
                listing.content().deliveryMode(),
                listing.content().licence(),
                policy.uid(),
                price,
                1);
    }

    Money total() {
        return new Money(Math.multiplyExact(unitPrice.minorUnits(), (long) quantity), unitPrice.currency());
    }
}
