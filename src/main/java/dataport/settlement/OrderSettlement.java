package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One paid order's money: the total the buyer paid, the platform fee fixed at payment, the merchant's share and where
 * it stands. Only the methods below move it, and each refuses a step its state does not allow.
 */
@Entity
@Table(name = "order_settlement")
class OrderSettlement {

    @Id
    @Column(name = "order_id")
    private Long orderId;

    @Version
    private long version;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "total_minor", nullable = false, updatable = false)
    private long totalMinor;

    @Column(name = "fee_minor", nullable = false, updatable = false)
    private long feeMinor;

    @Column(name = "share_minor", nullable = false, updatable = false)
    private long shareMinor;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "fee_reversed_minor", nullable = false)
    private long feeReversedMinor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SettlementState state;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;

    @Column(name = "hold_until", nullable = false, updatable = false)
    private Instant holdUntil;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected OrderSettlement() {}

    OrderSettlement(
            long orderId, long merchantId, String currency, long total, long fee, Instant paidAt, Instant holdUntil) {
        if (total <= 0 || fee < 0 || fee > total) {
            throw new IllegalArgumentException("Bad split of " + total + ": fee " + fee);
        }
        this.orderId = orderId;
        this.merchantId = merchantId;
        this.currency = currency;
        this.totalMinor = total;
        this.feeMinor = fee;
        this.shareMinor = total - fee;
        this.state = SettlementState.PENDING;
        this.paidAt = paidAt;
        this.holdUntil = holdUntil;
    }

    /** What is left of the merchant's share after refunds. */
    long remainingShare() {
        return shareMinor - (refundedMinor - feeReversedMinor);
    }

    long refundable() {
        return totalMinor - refundedMinor;
    }

    /** PENDING → RELEASED; returns the amount released. */
    long release(Instant now) {
        if (state != SettlementState.PENDING && state != SettlementState.HELD) {
            throw new IllegalStateException("settlement.release.not-pending");
        }
        this.state = SettlementState.RELEASED;
        this.releasedAt = now;
        return remainingShare();
    }

    /** PENDING → HELD (a dispute freezes the release). */
    void hold() {
        if (state != SettlementState.PENDING) {
            throw new IllegalStateException("settlement.hold.not-pending");
        }
        this.state = SettlementState.HELD;
    }

    /** Where the merchant's part of a refund is taken from, given the state before the refund. */
    AccountKind shareAccount() {
        return switch (state) {
            case PENDING -> AccountKind.MERCHANT_PENDING;
            case HELD -> AccountKind.MERCHANT_HELD;
            case RELEASED, REFUNDED -> AccountKind.MERCHANT_AVAILABLE;
        };
    }

    /** The split of one refund: the fee reversed and the merchant's part. */
    record RefundSplit(long amount, long feeReversed, long merchantShare, boolean afterRelease, boolean full) {}

    /** Records a refund of {@code amount} (at most what is refundable); full when nothing is left to refund. */
    RefundSplit refund(long amount) {
        if (amount <= 0 || amount > refundable()) {
            throw new IllegalArgumentException("settlement.refund.amount-invalid");
        }
        long feeReversed = FeeRule.feeReversal(feeMinor, totalMinor, refundedMinor, feeReversedMinor, amount);
        boolean afterRelease = state == SettlementState.RELEASED;
        this.refundedMinor += amount;
        this.feeReversedMinor += feeReversed;
        boolean full = refundedMinor == totalMinor;
        if (full) {
            this.state = SettlementState.REFUNDED;
        }
        return new RefundSplit(amount, feeReversed, amount - feeReversed, afterRelease, full);
    }

    SettlementView view() {
        return new SettlementView(
                orderId,
                merchantId,
                currency,
                totalMinor,
                feeMinor,
                shareMinor,
                refundedMinor,
                feeReversedMinor,
                state,
                paidAt,
                holdUntil,
                releasedAt);
    }

    Long getOrderId() {
        return orderId;
    }

    long getMerchantId() {
        return merchantId;
    }

    String getCurrency() {
        return currency;
    }

    long getTotalMinor() {
        return totalMinor;
    }

    long getFeeMinor() {
        return feeMinor;
    }

    long getShareMinor() {
        return shareMinor;
    }

    SettlementState getState() {
        return state;
    }

    Instant getHoldUntil() {
        return holdUntil;
    }
}
