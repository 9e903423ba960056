package dataport.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fee rule and the exact arithmetic of fees and their reversal (no minor unit lost or created).
 *
 * <p>Fee of an order: {@code fee = roundHalfUp(total × percent / 100) + fixed}, capped at {@code total}.
 *
 * <p>Reversal on a refund: with {@code R} the cumulated refunded amount after this refund (never more than the total),
 * the cumulated fee reversed is {@code roundHalfUp(fee × R / total)}; this refund reverses that minus what earlier
 * refunds already reversed. So the reversals of any sequence of partial refunds add up to exactly the fee when the
 * whole total has been refunded, never more; the merchant gives back the rest of each refund.
 *
 * @param percent 0 to 100, at most four decimals
 * @param fixedMinor a fixed amount in the currency's minor units, 0 or more
 */
public record FeeRule(BigDecimal percent, long fixedMinor) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FeeRule {
        check(percent, fixedMinor);
    }

    static void check(BigDecimal percent, long fixedMinor) {
        if (percent == null
                || percent.signum() < 0
                || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("settlement.fees.percent-invalid");
        }
        if (fixedMinor < 0) {
            throw new IllegalArgumentException("settlement.fees.fixed-invalid");
        }
    }

    /** The fee of an order of this total (minor units). */
    public long feeOf(long totalMinor) {
        if (totalMinor <= 0) {
            return 0;
        }
        long proportional = BigDecimal.valueOf(totalMinor)
                .multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
        return Math.min(totalMinor, Math.addExact(proportional, fixedMinor));
    }

    /**
     * The part of a refund that reverses the fee.
     *
     * @param fee the order's fee
     * @param total the order's total
     * @param refundedBefore refunded before this refund
     * @param feeReversedBefore fee reversed before this refund
     * @param amount this refund
     */
    public static long feeReversal(long fee, long total, long refundedBefore, long feeReversedBefore, long amount) {
        long refundedAfter = Math.addExact(refundedBefore, amount);
        if (amount <= 0 || refundedAfter > total) {
            throw new IllegalArgumentException("Refund of " + amount + " exceeds what is refundable");
        }
        long cumulative = BigDecimal.valueOf(fee)
                .multiply(BigDecimal.valueOf(refundedAfter))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return Math.max(0, cumulative - feeReversedBefore);
    }
}
