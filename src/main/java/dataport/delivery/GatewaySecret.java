package dataport.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The secret a merchant's API gateway presents to check keys; one per merchant, replaced when renewed. */
@Entity
@Table(name = "delivery_gateway_secret")
class GatewaySecret {

    @Id
    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(nullable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GatewaySecret() {}

    GatewaySecret(long merchantId, String secret, long createdBy, Instant createdAt) {
        this.merchantId = merchantId;
        replace(secret, createdBy, createdAt);
    }

    /** A new secret; the old one stops working at once. */
    void replace(String secret, long by, Instant at) {
        this.prefix = Tokens.shown(secret);
        this.secretHash = Tokens.hash(secret);
        this.createdBy = by;
        this.createdAt = at;
    }

    Long getMerchantId() {
        return merchantId;
    }

    String getPrefix() {
        return prefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
