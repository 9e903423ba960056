package dataport.orders;

import dataport.shared.Money;

/**
 * The terms of a private offer a buyer accepts, as the module that keeps offers confirms them ({@link
 * PrivateOffers}); {@link OrderService#placeOfferOrder} makes the order from them.
 *
 * @param checkoutKey one per offer: accepting the same offer twice gives the same order
 * @param price the offer's whole price (one unit)
 * @param destinationCountry where the data goes (ISO 3166), as the buyer said in the request; routes the order
 */
public record OfferOrder(String checkoutKey, long listingId, int planIndex, Money price, String destinationCountry) {}
