package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Connect transfer reversal made for one refund (its id is the key): a record, never changed. */
@Entity
@Table(name = "connect_reversal")
class ConnectReversal {

    @Id
    @Column(name = "refund_id")
    private String refundId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "payout_id", nullable = false, updatable = false)
    private long payoutId;

    @Column(name = "transfer_id", nullable = false, updatable = false)
    private String transferId;

    @Column(name = "reversal_id", nullable = false, updatable = false)
    private String reversalId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ConnectReversal() {}

    ConnectReversal(
            String refundId,
            long orderId,
            long payoutId,
            String transferId,
            String reversalId,
            String currency,
            long amountMinor,
            Instant now) {
        this.refundId = refundId;
        this.orderId = orderId;
        this.payoutId = payoutId;
        this.transferId = transferId;
        this.reversalId = reversalId;
        this.currency = currency;
        this.amountMinor = amountMinor;
        this.createdAt = now;
    }
}
