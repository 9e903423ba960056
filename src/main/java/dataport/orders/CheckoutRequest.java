package dataport.orders;

import dataport.shared.Money;

/**
 * A buyer's "Pay" on the checkout page.
 *
 * @param checkoutKey made once per checkout page: the same key always means the same order (a double click or a
 *     resent request never makes a second one)
 * @param seenListingVersion and {@code seenUnitPrice}: what the page showed; a listing changed since is refused
 * @param destinationCountry where the data goes (ISO 3166); outside mainland China the order is routed by the
 *     cross-border rules; null: not asked (no routing)
 */
public record CheckoutRequest(
        String checkoutKey,
        long listingId,
        long seenListingVersion,
        int planIndex,
        Money seenUnitPrice,
        int quantity,
        String destinationCountry) {

    public CheckoutRequest(
            String checkoutKey,
            long listingId,
            long seenListingVersion,
            int planIndex,
            Money seenUnitPrice,
            int quantity) {
        this(checkoutKey, listingId, seenListingVersion, planIndex, seenUnitPrice, quantity, null);
    }
}
