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

/** A dispute of an order: OPEN until staff decide (RELEASED to the merchant or REFUNDED to the buyer). */
@Entity
@Table(name = "settlement_dispute")
class Dispute {

    enum Source {
        BUYER,
        STRIPE
    }

    enum Status {
        OPEN,
        RELEASED,
        REFUNDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(name = "stripe_dispute_id", updatable = false)
    private String stripeDisputeId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    protected Dispute() {}

    Dispute(long orderId, Source source, String stripeDisputeId, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("settlement.dispute.reason-required");
        }
        this.orderId = orderId;
        this.source = Objects.requireNonNull(source);
        this.stripeDisputeId = stripeDisputeId;
        this.reason = reason.strip();
        this.status = Status.OPEN;
        this.openedAt = now;
    }

    /** OPEN → RELEASED or REFUNDED, by a person or (for Stripe's verdicts) by the system. Refused twice. */
    void decide(Status outcome, String by, String note, Instant now) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("settlement.dispute.already-decided");
        }
        if (outcome == Status.OPEN) {
            throw new IllegalArgumentException("A decision closes the dispute");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
        this.decidedAt = now;
    }

    DisputeView view() {
        return new DisputeView(
                id,
                orderId,
                source.name(),
                stripeDisputeId,
                reason,
                status.name(),
                openedAt,
                decidedAt,
                decidedBy,
                decisionNote);
    }

    Long getId() {
        return id;
    }

    long getOrderId() {
        return orderId;
    }

    Status getStatus() {
        return status;
    }
}
