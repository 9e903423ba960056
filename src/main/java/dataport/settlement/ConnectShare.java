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

/**
 * One released order share of a Connect merchant on its way to the connected account: WAITING (available here, not
 * sent), OPENED (a payout in transit, the transfer not confirmed yet), PAID (Stripe's transfer id). A failed transfer
 * puts it back to WAITING; refunds lower what is still to send, or what was sent ({@code reversed}).
 */
@Entity
@Table(name = "connect_share")
class ConnectShare {

    enum Status {
        WAITING,
        OPENED,
        PAID
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    /** What is still to send while WAITING; what the open payout moves once OPENED. */
    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "payout_id")
    private Long payoutId;

    @Column(name = "transferred_minor", nullable = false)
    private long transferredMinor;

    @Column(name = "transfer_id")
    private String transferId;

    @Column(name = "reversed_minor", nullable = false)
    private long reversedMinor;

    @Column(name = "last_failure")
    private String lastFailure;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConnectShare() {}

    ConnectShare(long orderId, long merchantId, String currency, long amountMinor, Instant now) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("A share to send is positive, not " + amountMinor);
        }
        this.orderId = orderId;
        this.merchantId = merchantId;
        this.currency = Objects.requireNonNull(currency);
        this.amountMinor = amountMinor;
        this.status = Status.WAITING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** WAITING → OPENED with the payout that moves {@code amount} (at most what is still to send). */
    void opened(long payout, long amount, Instant now) {
        if (status != Status.WAITING || amount <= 0 || amount > amountMinor) {
            throw new IllegalStateException(
                    "Share of order " + orderId + " cannot open " + amount + " (" + status + ")");
        }
        this.status = Status.OPENED;
        this.payoutId = payout;
        this.amountMinor = amount;
        this.updatedAt = now;
    }

    /** OPENED → PAID by the transfer; repeating it with the same transfer changes nothing. */
    void paid(String transfer, Instant now) {
        if (status == Status.PAID && Objects.equals(transfer, transferId)) {
            return;
        }
        if (status != Status.OPENED) {
            throw new IllegalStateException("Share of order " + orderId + " is " + status + ", not OPENED");
        }
        this.status = Status.PAID;
        this.transferId = Objects.requireNonNull(transfer);
        this.transferredMinor = amountMinor;
        this.lastFailure = null;
        this.updatedAt = now;
    }

    /** OPENED → WAITING: the transfer was refused; the payout failed and its money is available again. */
    void failed(String why, Instant now) {
        if (status != Status.OPENED) {
            throw new IllegalStateException("Share of order " + orderId + " is " + status + ", not OPENED");
        }
        this.status = Status.WAITING;
        this.payoutId = null;
        this.lastFailure = why == null ? null : why.length() > 500 ? why.substring(0, 500) : why;
        this.updatedAt = now;
    }

    /** A refund after release while the share still waits: less to send. Returns what it took off. */
    long lessToSend(long amount, Instant now) {
        if (status != Status.WAITING) {
            throw new IllegalStateException("Share of order " + orderId + " is " + status + ", not WAITING");
        }
        long taken = Math.min(Math.max(amount, 0), amountMinor);
        this.amountMinor -= taken;
        this.updatedAt = now;
        return taken;
    }

    /** What a reversal may still take back of the transfer. */
    long reversible() {
        return status == Status.PAID ? transferredMinor - reversedMinor : 0;
    }

    /** A reversal of {@code amount} of the transfer, at most what is reversible. */
    void reversed(long amount, Instant now) {
        if (amount <= 0 || amount > reversible()) {
            throw new IllegalStateException("Cannot reverse " + amount + " of order " + orderId + "'s transfer");
        }
        this.reversedMinor += amount;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getOrderId() {
        return orderId;
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

    Status getStatus() {
        return status;
    }

    Long getPayoutId() {
        return payoutId;
    }

    String getTransferId() {
        return transferId;
    }
}
