package dataport.settlement;

/** A payout as pages show it. */
public record PayoutSummary(
        long id,
        long merchantId,
        String currency,
        long amountMinor,
        PayoutRail rail,
        PayoutStatus status,
        String externalRef,
        String failureCode,
        String failureReason,
        Long orderId,
        Long batchId,
        java.time.Instant createdAt,
        java.time.Instant settledAt) {}
