package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One money movement: its lines sum to zero per currency. Written once, never changed (triggers refuse it). */
@Entity
@Immutable
@Table(name = "journal_entry")
class JournalEntry {

    /** What moved the money. */
    enum Kind {
        CHARGE,
        RELEASE,
        DISPUTE_HOLD,
        DISPUTE_RELEASE,
        REFUND,
        PAYOUT,
        PAYOUT_PAID,
        PAYOUT_FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "payout_id")
    private Long payoutId;

    @Column(name = "dispute_id")
    private Long disputeId;

    @Column(name = "refund_ref")
    private String refundRef;

    private String memo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected JournalEntry() {}

    JournalEntry(Kind kind, Long orderId, Long payoutId, Long disputeId, String refundRef, String memo, Instant at) {
        this.kind = kind;
        this.orderId = orderId;
        this.payoutId = payoutId;
        this.disputeId = disputeId;
        this.refundRef = refundRef;
        this.memo = memo == null || memo.length() <= 500 ? memo : memo.substring(0, 500);
        this.createdAt = at;
    }

    Long getId() {
        return id;
    }

    Kind getKind() {
        return kind;
    }

    Long getOrderId() {
        return orderId;
    }

    Long getPayoutId() {
        return payoutId;
    }

    String getRefundRef() {
        return refundRef;
    }

    String getMemo() {
        return memo;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
