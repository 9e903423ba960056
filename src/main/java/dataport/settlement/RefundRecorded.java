package dataport.settlement;

/**
 * A refund was recorded for an order; merchantShareMinor is the part taken from the merchant (the rest is the
 * platform fee reversed); afterRelease = the share had already been released (a Connect transfer must be reversed).
 */
public record RefundRecorded(
        long orderId,
        String refundId,
        String currency,
        long amountMinor,
        long merchantShareMinor,
        boolean afterRelease,
        boolean full) {}
