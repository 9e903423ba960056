package dataport.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Stripe event DataPort has handled, with what it did: its id being here means "never again". */
@Entity
@Table(name = "stripe_event")
class StripeEvent {

    @Id
    private String id;

    @Column(nullable = false)
    private String type;

    @Column(name = "order_id")
    private Long orderId;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected StripeEvent() {}

    StripeEvent(String id, String type, Instant receivedAt) {
        this.id = id;
        this.type = type;
        this.outcome = "processing";
        this.receivedAt = receivedAt;
    }

    void done(Long orderId, String outcome) {
        this.orderId = orderId;
        this.outcome = outcome.length() > 500 ? outcome.substring(0, 500) : outcome;
    }

    String getOutcome() {
        return outcome;
    }
}
