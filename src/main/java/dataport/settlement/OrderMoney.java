package dataport.settlement;

import dataport.orders.ChargeDisputeClosed;
import dataport.orders.ChargeDisputed;
import dataport.orders.OrderAccepted;
import dataport.orders.OrderPaid;
import dataport.orders.OrderRefunded;
import dataport.orders.OrderService;
import dataport.orders.PurchasedItem;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Settlement's synchronous reactions to orders: they run inside the transaction that pays or accepts the order, so the
 * ledger entry commits (or rolls back) with the order's state change.
 */
@Component
class OrderMoney {

    private static final Logger log = LoggerFactory.getLogger(OrderMoney.class);

    private final OrderService orders;
    private final Settlements settlements;

    OrderMoney(OrderService orders, Settlements settlements) {
        this.orders = orders;
        this.settlements = settlements;
    }

    /** Paid: fee fixed, share pending, charge entry. */
    @EventListener
    void on(OrderPaid paid) {
        PurchasedItem item = orders.purchase(paid.orderId()).orElseThrow();
        settlements.charge(
                item.orderId(),
                item.merchantId(),
                item.total().currency().getCurrencyCode(),
                item.total().minorUnits(),
                item.paidAt());
    }

    /** Accepted by the buyer: the share is released (unless a dispute holds it). */
    @EventListener
    void on(OrderAccepted accepted) {
        settlements.release(accepted.orderId());
    }

    /** A Stripe refund recorded by orders: the ledger entry in the same transaction; {@link RefundRecorded} follows. */
    @EventListener
    void on(OrderRefunded refunded) {
        Optional<SettlementView> money = settlements.view(refunded.orderId());
        if (money.isEmpty() || refunded.amountMinor() > money.get().refundableMinor()) {
            // An order settled before the ledger existed, or more than the ledger still holds (a lost dispute took
            // it): the order's refund stands (Stripe made it); the books are left for a person to reconcile.
            log.error(
                    "Refund {} of order {} not posted: {}",
                    refunded.refundId(),
                    refunded.orderId(),
                    money.isEmpty() ? "no settlement" : "more than refundable");
            return;
        }
        settlements.recordRefund(refunded.orderId(), refunded.refundId(), refunded.amountMinor());
    }

    /** Stripe reports a dispute: the share is frozen until staff (or Stripe's verdict) decide. */
    @EventListener
    void on(ChargeDisputed disputed) {
        Optional<SettlementView> money = settlements.view(disputed.orderId());
        if (money.isEmpty() || money.get().state() == SettlementState.REFUNDED) {
            log.warn(
                    "Stripe dispute {} of order {} has nothing to freeze",
                    disputed.stripeDisputeId(),
                    disputed.orderId());
            return;
        }
        settlements.openDispute(
                disputed.orderId(), Dispute.Source.STRIPE, disputed.stripeDisputeId(), "Stripe: " + disputed.reason());
    }

    /** Stripe's verdict: won releases the share; lost means the bank gave the buyer the money back (a refund). */
    @EventListener
    void on(ChargeDisputeClosed closed) {
        settlements.stripeVerdict(closed.orderId(), closed.stripeDisputeId(), closed.amountMinor(), closed.won());
    }
}
