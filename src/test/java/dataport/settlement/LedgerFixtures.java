package dataport.settlement;

import dataport.catalog.DeliveryMode;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.PaidOrders;
import dataport.orders.OrderService;
import dataport.orders.PurchasedItem;
import dataport.settlement.Ledger.Leg;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money on the demo merchant's accounts for finance tests: a real paid order of one of its listings, and the ledger
 * entries settlement writes for a charge, a release, a refund and payouts (posted through the ledger itself, so every
 * entry balances and the running balances move as in production).
 */
class LedgerFixtures {

    final long merchantId;
    private final Ledger ledger;
    private final Payouts payouts;
    private final PaidOrders paidOrders;
    private final OrderService orders;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    LedgerFixtures(ApplicationContext context) {
        this.merchantId = new DeliveryFixtures(context).demoMerchantId();
        this.ledger = context.getBean(Ledger.class);
        this.payouts = context.getBean(Payouts.class);
        this.paidOrders = new PaidOrders(context);
        this.orders = context.getBean(OrderService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** A real paid order of the demo merchant (the demo buyer stays signed in). */
    PurchasedItem paidOrder() {
        for (DeliveryMode mode : DeliveryMode.values()) {
            try {
                var listing = paidOrders.listing(mode, l -> l.merchant().id() == merchantId);
                return orders.purchase(paidOrders.paidOrder(listing)).orElseThrow();
            } catch (java.util.NoSuchElementException none) {
                // The demo merchant sells nothing of this mode in CNY: try the next.
            }
        }
        throw new AssertionError("The demo merchant has no published one-off CNY listing");
    }

    /** The entries of a payment: fee to the platform, share pending; and the order's settlement row. */
    void charge(PurchasedItem order, long fee) {
        long total = order.total().minorUnits();
        String currency = order.total().currency().getCurrencyCode();
        tx.executeWithoutResult(s -> ledger.post(
                JournalEntry.Kind.CHARGE,
                Ledger.Refs.order(order.orderId()),
                currency,
                null,
                List.of(
                        Leg.debit(AccountKind.BUYER_CLEARING, Ledger.PLATFORM, total),
                        Leg.credit(AccountKind.PLATFORM_FEES, Ledger.PLATFORM, fee),
                        Leg.credit(AccountKind.MERCHANT_PENDING, merchantId, total - fee))));
        Instant paid = order.paidAt() == null ? Instant.now() : order.paidAt();
        // Settlement's own listener may have written the row already (then it stays as it is).
        jdbc.sql("INSERT IGNORE INTO order_settlement (order_id, merchant_id, currency, total_minor, fee_minor,"
                        + " share_minor, refunded_minor, fee_reversed_minor, state, paid_at, hold_until, released_at,"
                        + " version) VALUES (:order, :merchant, :currency, :total, :fee, :share, 0, 0, 'PENDING', :paid,"
                        + " :hold, NULL, 0)")
                .param("order", order.orderId())
                .param("merchant", merchantId)
                .param("currency", currency)
                .param("total", total)
                .param("fee", fee)
                .param("share", total - fee)
                .param("paid", Timestamp.from(paid))
                .param("hold", Timestamp.from(paid.plus(Duration.ofDays(7))))
                .update();
    }

    void release(PurchasedItem order, long amount) {
        post(
                JournalEntry.Kind.RELEASE,
                order,
                null,
                List.of(
                        Leg.debit(AccountKind.MERCHANT_PENDING, merchantId, amount),
                        Leg.credit(AccountKind.MERCHANT_AVAILABLE, merchantId, amount)));
    }

    /** A refund after release: the share part from available, the fee part from the platform. */
    void refund(PurchasedItem order, String refundRef, long fromShare, long fromFee) {
        post(
                JournalEntry.Kind.REFUND,
                order,
                refundRef,
                List.of(
                        Leg.debit(AccountKind.MERCHANT_AVAILABLE, merchantId, fromShare),
                        Leg.debit(AccountKind.PLATFORM_FEES, Ledger.PLATFORM, fromFee),
                        Leg.credit(AccountKind.REFUNDS, Ledger.PLATFORM, fromShare + fromFee)));
    }

    long payout(String currency, long amount, PayoutRail rail) {
        return payouts.open(merchantId, currency, amount, rail, null, null);
    }

    Payouts payouts() {
        return payouts;
    }

    private void post(JournalEntry.Kind kind, PurchasedItem order, String refundRef, List<Leg> legs) {
        tx.executeWithoutResult(s -> ledger.post(
                kind,
                new Ledger.Refs(order.orderId(), null, null, refundRef),
                order.total().currency().getCurrencyCode(),
                null,
                legs));
    }
}
