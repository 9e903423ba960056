package dataport.delivery;

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

/**
 * What one paid order unlocks: a download of the deliverable (at most {@code downloadsMax} times), API keys, or an
 * access period. Access ends at {@code accessUntil} (a one-off term, or a subscription's paid period) or when the
 * subscription's access ended ({@code endedAt}), whichever is first.
 */
@Entity
@Table(name = "delivery_entitlement")
class Entitlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "buyer_user_id", nullable = false)
    private long buyerUserId;

    @Column(name = "merchant_id", nullable = false)
    private long merchantId;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntitlementKind kind;

    @Column(nullable = false)
    private boolean subscription;

    @Column(name = "deliverable_id")
    private Long deliverableId;

    @Column(name = "downloads_used", nullable = false)
    private int downloadsUsed;

    @Column(name = "downloads_max", nullable = false)
    private int downloadsMax;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "access_until")
    private Instant accessUntil;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected Entitlement() {}

    Entitlement(
            long orderId,
            String orderNumber,
            long buyerUserId,
            long merchantId,
            long listingId,
            EntitlementKind kind,
            boolean subscription,
            int downloadsMax,
            Instant grantedAt,
            Instant accessUntil) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.buyerUserId = buyerUserId;
        this.merchantId = merchantId;
        this.listingId = listingId;
        this.kind = kind;
        this.subscription = subscription;
        this.downloadsMax = downloadsMax;
        this.grantedAt = grantedAt;
        this.accessUntil = accessUntil;
    }

    /** Whether access is open at {@code now}: granted, not past its term, not ended. */
    boolean isActiveAt(Instant now) {
        return (accessUntil == null || now.isBefore(accessUntil)) && (endedAt == null || now.isBefore(endedAt));
    }

    /** The file this order delivers; given once (the file paid for stays the one delivered, whatever comes later). */
    void attach(long deliverable) {
        if (kind != EntitlementKind.DOWNLOAD) {
            throw new IllegalStateException("Only a download entitlement carries a file");
        }
        if (deliverableId != null) {
            throw new IllegalStateException("Order " + orderId + " already has its file");
        }
        this.deliverableId = deliverable;
    }

    /** Counts one download; refused once the limit is reached or access is over. */
    void useDownload(Instant now) {
        if (!isActiveAt(now)) {
            throw new IllegalStateException("Access to order " + orderId + " has ended");
        }
        if (downloadsUsed >= downloadsMax) {
            throw new IllegalStateException("Order " + orderId + " has no downloads left");
        }
        downloadsUsed++;
    }

    /** A subscription's access ends at {@code at} (the end of the paid period); an earlier end stands. */
    void end(Instant at) {
        if (endedAt == null || at.isBefore(endedAt)) {
            endedAt = at;
        }
    }

    /** A subscription renewed: its access runs to the new period's end. */
    void extendTo(Instant until) {
        if (subscription && until != null && (accessUntil == null || until.isAfter(accessUntil))) {
            accessUntil = until;
        }
    }

    Long getId() {
        return id;
    }

    long getOrderId() {
        return orderId;
    }

    String getOrderNumber() {
        return orderNumber;
    }

    long getBuyerUserId() {
        return buyerUserId;
    }

    long getMerchantId() {
        return merchantId;
    }

    long getListingId() {
        return listingId;
    }

    EntitlementKind getKind() {
        return kind;
    }

    boolean isSubscription() {
        return subscription;
    }

    Long getDeliverableId() {
        return deliverableId;
    }

    int getDownloadsUsed() {
        return downloadsUsed;
    }

    int getDownloadsMax() {
        return downloadsMax;
    }

    Instant getGrantedAt() {
        return grantedAt;
    }

    Instant getAccessUntil() {
        return accessUntil;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    /** When access stops, as far as known now (the earlier of the term and the end), or null for no end. */
    Instant accessEnds() {
        if (accessUntil == null) {
            return endedAt;
        }
        return endedAt == null || accessUntil.isBefore(endedAt) ? accessUntil : endedAt;
    }
}
