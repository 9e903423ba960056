package dataport.settlement;

import java.time.Instant;

/** A bank payout batch as the staff page lists it; totals in minor units of {@code currency}. */
public record PayoutBatchSummary(
        long id,
        String messageId,
        String currency,
        int payoutCount,
        long totalMinor,
        int paidCount,
        int failedCount,
        boolean settled,
        Instant createdAt,
        String createdBy) {

    public int inTransitCount() {
        return payoutCount - paidCount - failedCount;
    }
}
