package dataport.settlement;

import java.time.Instant;

/** One order's settlement as pages show it (minor units of {@code currency}). */
public record SettlementView(
        long orderId,
        long merchantId,
        String currency,
        long totalMinor,
        long feeMinor,
        long shareMinor,
        long refundedMinor,
        long feeReversedMinor,
        SettlementState state,
        Instant paidAt,
        Instant holdUntil,
        Instant releasedAt) {

    /** What can still be refunded to the buyer. */
    public long refundableMinor() {
        return totalMinor - refundedMinor;
    }
}
