package dataport.settlement;

import dataport.shared.Bilingual;
import java.time.Instant;

/**
 * One order's money as the merchant's Finance page shows it (minor units of {@code currency}): what the buyer paid,
 * the platform fee fixed at payment, the merchant's share, refunds, and where the share stands ({@code state}: PENDING,
 * HELD, RELEASED or REFUNDED; the hold ends at {@code holdUntil} unless released earlier, at {@code releasedAt}).
 */
public record OrderMoneyLine(
        long orderId,
        String orderNumber,
        Bilingual title,
        String currency,
        long totalMinor,
        long feeMinor,
        long shareMinor,
        long refundedMinor,
        long feeReversedMinor,
        String state,
        Instant paidAt,
        Instant holdUntil,
        Instant releasedAt) {

    /** The part of the refunds taken from the merchant's share (the rest reversed the platform fee). */
    public long shareRefundedMinor() {
        return refundedMinor - feeReversedMinor;
    }

    /** The merchant's share after refunds. */
    public long netShareMinor() {
        return shareMinor - shareRefundedMinor();
    }
}
