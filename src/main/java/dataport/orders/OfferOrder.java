package dataport.orders;

import dataport.shared.Money;

/**
 * An order at the price of an accepted private offer (the quotes module's), for {@link
 * OrderService#placeOfferOrder}.
 *
 * @param checkoutKey one per offer: accepting the same offer twice gives the same order
 * @param price the offer's whole price (one unit)
 * @param destinationCountry where the data goes (ISO 3166), as the buyer said in the request; routes the order
 */
public record OfferOrder(String checkoutKey, long listingId, int planIndex, Money price, String destinationCountry) {}
