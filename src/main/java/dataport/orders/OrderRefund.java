package dataport.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One Stripe refund of an order, recorded once (by its Stripe id). */
@Entity
@Immutable
@Table(name = "order_refund")
class OrderRefund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "stripe_refund_id", nullable = false)
    private String stripeRefundId;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OrderRefund() {}

    OrderRefund(long orderId, String stripeRefundId, String currency, long amountMinor, Instant now) {
        this.orderId = orderId;
        this.stripeRefundId = stripeRefundId;
        this.currency = currency;
        this.amountMinor = amountMinor;
        this.createdAt = now;
    }

    long getAmountMinor() {
        return amountMinor;
    }
}
