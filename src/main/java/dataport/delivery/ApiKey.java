package dataport.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API key of one order, scoped to its listing; only its hash is kept (the key itself is shown once). */
@Entity
@Table(name = "delivery_api_key")
class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entitlement_id", nullable = false)
    private long entitlementId;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Column(name = "merchant_id", nullable = false)
    private long merchantId;

    @Column(nullable = false)
    private String prefix;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {}

    ApiKey(Entitlement entitlement, String key, Instant createdAt, Instant expiresAt) {
        this.entitlementId = entitlement.getId();
        this.listingId = entitlement.getListingId();
        this.merchantId = entitlement.getMerchantId();
        this.prefix = Tokens.shown(key);
        this.keyHash = Tokens.hash(key);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    Long getId() {
        return id;
    }

    long getEntitlementId() {
        return entitlementId;
    }

    long getListingId() {
        return listingId;
    }

    long getMerchantId() {
        return merchantId;
    }

    String getPrefix() {
        return prefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
