package dataport.orders;

/**
 * Money of a paid order went back to the buyer (one Stripe refund), published in the transaction that records it:
 * settlement posts its ledger entry synchronously in that transaction. {@code full}: nothing is left to refund.
 */
public record OrderRefunded(long orderId, String refundId, String currency, long amountMinor, boolean full) {}
