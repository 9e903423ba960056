package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** Money on its way to a merchant: IN_TRANSIT → PAID or FAILED, each step once. */
@Entity
@Table(name = "payout")
class Payout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PayoutRail rail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PayoutStatus status;

    @Column(name = "external_ref")
    private String externalRef;

    @Column(name = "failure_code")
    private String failureCode;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "batch_id", updatable = false)
    private Long batchId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected Payout() {}

    Payout(
            long merchantId,
            String currency,
            long amountMinor,
            PayoutRail rail,
            Long orderId,
            Long batchId,
            Instant now) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("A payout moves a positive amount");
        }
        this.merchantId = merchantId;
        this.currency = Objects.requireNonNull(currency);
        this.amountMinor = amountMinor;
        this.rail = Objects.requireNonNull(rail);
        this.status = PayoutStatus.IN_TRANSIT;
        this.orderId = orderId;
        this.batchId = batchId;
        this.createdAt = now;
    }

    /** IN_TRANSIT → PAID; true when it changed, false when it was already paid. Refused after a failure. */
    boolean markPaid(String reference, Instant now) {
        if (status == PayoutStatus.PAID) {
            return false;
        }
        if (status != PayoutStatus.IN_TRANSIT) {
            throw new IllegalStateException("settlement.payout.not-in-transit");
        }
        this.status = PayoutStatus.PAID;
        this.externalRef = reference;
        this.settledAt = now;
        return true;
    }

    /** IN_TRANSIT → FAILED; true when it changed, false when it had already failed. Refused once paid. */
    boolean markFailed(String code, String reason, Instant now) {
        if (status == PayoutStatus.FAILED) {
            return false;
        }
        if (status != PayoutStatus.IN_TRANSIT) {
            throw new IllegalStateException("settlement.payout.not-in-transit");
        }
        this.status = PayoutStatus.FAILED;
        this.failureCode = code;
        this.failureReason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        this.settledAt = now;
        return true;
    }

    PayoutSummary summary() {
        return new PayoutSummary(
                id,
                merchantId,
                currency,
                amountMinor,
                rail,
                status,
                externalRef,
                failureCode,
                failureReason,
                orderId,
                batchId,
                createdAt,
                settledAt);
    }

    Long getId() {
        return id;
    }

    long getMerchantId() {
        return merchantId;
    }

    String getCurrency() {
        return currency;
    }

    long getAmountMinor() {
        return amountMinor;
    }

    Long getOrderId() {
        return orderId;
    }

    PayoutStatus getStatus() {
        return status;
    }
}
