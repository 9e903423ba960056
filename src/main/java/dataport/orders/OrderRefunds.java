package dataport.orders;

import com.stripe.exception.StripeException;
import dataport.orders.internal.StripeGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds through Stripe. Who may refund what is decided by the caller (settlement's refund service: the merchant
 * before release, staff any time); this checks the amount against what is left and records Stripe's refund in the
 * order's transaction, where settlement posts the ledger entry ({@link OrderRefunded}).
 */
@Service
public class OrderRefunds {

    /** Message keys (orders bundle) of the refusals. */
    public static final String TOO_MUCH = "orders.refund.too-much";

    public static final String NOT_PAID = "orders.refund.not-paid";

    public static final String STRIPE_FAILED = "orders.refund.stripe-failed";

    private final Orders orders;
    private final OrderPayments payments;
    private final StripeGateway stripe;
    private final TransactionTemplate transactions;

    OrderRefunds(Orders orders, OrderPayments payments, StripeGateway stripe, PlatformTransactionManager tm) {
        this.orders = orders;
        this.payments = payments;
        this.stripe = stripe;
        this.transactions = new TransactionTemplate(tm);
    }

    /** What can still be refunded of the order (0 for an unpaid one). */
    public long refundable(long orderId) {
        return transactions.execute(tx -> orders.findById(orderId)
                .filter(o -> o.getPaymentRef() != null)
                .map(payments::refundable)
                .orElse(0L));
    }

    /**
     * Refunds {@code amountMinor} of the order through Stripe and records it. {@code idempotencyKey} names the
     * request (the same key again refunds once). Refused with IllegalArgumentException / IllegalStateException carrying
     * {@link #TOO_MUCH}, {@link #NOT_PAID} or {@link #STRIPE_FAILED}. Returns Stripe's refund id.
     */
    public String refund(long orderId, long amountMinor, String idempotencyKey) {
        Order order = orders.findById(orderId).orElseThrow(() -> new IllegalArgumentException(NOT_PAID));
        if (order.getPaymentRef() == null || order.getPaidAtOrNull() == null) {
            throw new IllegalStateException(NOT_PAID);
        }
        if (amountMinor <= 0 || amountMinor > refundable(orderId)) {
            throw new IllegalArgumentException(TOO_MUCH);
        }
        StripeGateway.RefundResult result;
        try {
            result = stripe.refund(order.getPaymentRef(), amountMinor, orderId, idempotencyKey);
        } catch (StripeException e) {
            throw new IllegalStateException(STRIPE_FAILED, e);
        }
        transactions.executeWithoutResult(tx -> {
            Order locked = orders.findForUpdate(orderId).orElseThrow();
            payments.recordRefund(locked, result.id(), result.amountMinor());
        });
        return result.id();
    }
}
