package dataport.orders;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The orders module's API. CONTRACT STUB written before the orders branch: the orders branch implements these
 * methods (and adds the rest); the delivery branch codes against them.
 */
@Service
public class OrderService {

    /** The order's frozen purchase, for its buyer only (empty for anyone else or an unknown id). */
    public Optional<PurchasedItem> purchaseOfBuyer(long orderId, long buyerUserId) {
        throw new UnsupportedOperationException("implemented on the orders branch");
    }

    /** The order's frozen purchase, for a member of the selling merchant only (empty otherwise). */
    public Optional<PurchasedItem> saleOfMerchantMember(long orderId, long memberUserId) {
        throw new UnsupportedOperationException("implemented on the orders branch");
    }

    /** The order's frozen purchase, whoever asks (for event listeners inside the application). */
    public Optional<PurchasedItem> purchase(long orderId) {
        throw new UnsupportedOperationException("implemented on the orders branch");
    }

    /**
     * PAID → DELIVERED, with the merchant's (or, for automatic delivery, the system's) note; publishes
     * {@link OrderDelivered}. Refused for any other state.
     */
    public void markDelivered(long orderId, String note) {
        throw new UnsupportedOperationException("implemented on the orders branch");
    }

    /**
     * DELIVERED → ACCEPTED by the order's buyer; publishes {@link OrderAccepted}. Refused otherwise. (Stub on the
     * delivery branch; the orders branch implements it.)
     */
    public void accept(long orderId, long buyerUserId) {
        throw new UnsupportedOperationException("implemented on the orders branch");
    }
}
