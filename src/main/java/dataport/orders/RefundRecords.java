package dataport.orders;

import dataport.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * The refunds of an order, as the module that records them knows them (settlement keeps them in its ledger). Orders
 * asks through this interface so that it need not depend on that module; without an implementation an order has no
 * refunds to show.
 */
public interface RefundRecords {

    /** The order's refunds, oldest first. */
    List<Refund> ofOrder(long orderId);

    /** One refund: the payment provider's reference, the amount given back (order currency) and when. */
    record Refund(String reference, Money amount, Instant at) {}
}
