package dataport.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An invitation to claim a merchant created by an import: single use, until it expires or staff revoke it. Only the
 * SHA-256 of the mailed token is stored.
 */
@Entity
@Table(name = "merchant_claim_invitation")
class ClaimInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", nullable = false)
    private long merchantId;

    @Column(nullable = false)
    private String email;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ClaimInvitation() {}

    ClaimInvitation(long merchantId, String email, String tokenHash, long invitedBy, Instant now, Instant expiresAt) {
        this.merchantId = merchantId;
        this.email = Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    ClaimState state(Instant now) {
        if (revokedAt != null) {
            return ClaimState.REVOKED;
        }
        if (acceptedAt != null) {
            return ClaimState.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? ClaimState.OPEN : ClaimState.EXPIRED;
    }

    /** The invited person accepts: once, while open, signed in with the invited address. */
    void accept(long userId, String userEmail, Instant now) {
        if (state(now) != ClaimState.OPEN) {
            throw new ClaimRefused(
                    "onboarding.claim.refused." + state(now).name().toLowerCase(Locale.ROOT));
        }
        if (userEmail == null || !email.equalsIgnoreCase(userEmail.strip())) {
            throw new ClaimRefused("onboarding.claim.refused.other-address");
        }
        acceptedAt = now;
        acceptedBy = userId;
    }

    void revoke(Instant now) {
        if (state(now) != ClaimState.OPEN) {
            throw new ClaimRefused(
                    "onboarding.claim.refused." + state(now).name().toLowerCase(Locale.ROOT));
        }
        revokedAt = now;
    }

    ClaimInvitationInfo toInfo(Instant now) {
        return new ClaimInvitationInfo(id, merchantId, email, createdAt, expiresAt, state(now), acceptedBy);
    }

    Long getId() {
        return id;
    }

    long getMerchantId() {
        return merchantId;
    }

    String getEmail() {
        return email;
    }
}
