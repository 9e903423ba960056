package dataport.catalog.ui;

import dataport.catalog.ListingDetails;
import dataport.merchants.Origin;
import dataport.shared.ui.ListingCard;
import dataport.shared.ui.PriceLabels;
import java.util.Locale;

/** Listing cards as every page shows them; exposed to other modules (the showcase) as a named interface. */
@org.springframework.modulith.NamedInterface("listing-cards")
public final class ListingCards {

    private ListingCards() {}

    public static ListingCard of(Locale locale, ListingDetails l) {
        var cheapest = l.cheapestPlan();
        return new ListingCard(new ListingCard.Content(
                l.id(),
                ListingCard.escape(l.title().in(locale)),
                ListingCard.escape(l.summary().in(locale)),
                l.merchant().name().in(locale),
                l.merchant().slug(),
                l.merchant().origin() == Origin.FOREIGN,
                l.merchant().whitelisted(),
                l.merchant().whitelistScope(),
                l.merchant().countryCode(),
                l.category().track().name().in(locale),
                PriceLabels.from(
                        locale,
                        cheapest.map(ListingDetails.Plan::price).orElse(null),
                        cheapest.map(p -> p.model().name()).orElse(null),
                        cheapest.map(p -> p.period() == null ? null : p.period().name())
                                .orElse(null)),
                l.category().track().code()));
    }
}
