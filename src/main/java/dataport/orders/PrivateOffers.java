package dataport.orders;

import java.util.Optional;

/**
 * Where an order at a negotiated price learns that price: the module that keeps private offers (quotes) implements
 * it. Orders ask it rather than trust a price handed to them, so no caller can place an order at a price nobody
 * offered.
 */
public interface PrivateOffers {

    /**
     * The terms of the offer known by {@code offerKey} if it was made to this buyer and can be accepted now (the
     * current offer of its request, within its validity).
     */
    Optional<OfferOrder> acceptable(String offerKey, long buyerUserId);
}
