package dataport.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A single-use link sent by mail; only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(48)),
        RESET_PASSWORD(Duration.ofHours(1));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountToken() {}

    AccountToken(long userId, Purpose purpose, String tokenHash, Instant now) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime);
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    boolean isExpired(Instant now) {
        return usedAt == null && !now.isBefore(expiresAt);
    }

    /** Spends the token; a second use is refused. */
    void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("Token " + id + " is used or expired");
        }
        usedAt = now;
    }

    Long getUserId() {
        return userId;
    }

    Purpose getPurpose() {
        return purpose;
    }
}
