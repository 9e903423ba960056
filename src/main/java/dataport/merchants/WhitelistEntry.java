package dataport.merchants;

import dataport.shared.Bilingual;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A merchant's place on the international information-services whitelist (plan §10) for a scope and a period of
 * calendar days in Asia/Shanghai, both ends included; no end date means until revoked. A revoked entry stays, for the
 * record.
 */
@Entity
@Table(name = "whitelist_entry")
class WhitelistEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "scope_en", length = 1000, updatable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "scope_zh", length = 1000, updatable = false))
    private Bilingual scope;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", updatable = false)
    private LocalDate validTo;

    @Column(length = 2000, updatable = false)
    private String note;

    @Column(name = "granted_by", nullable = false, length = 200, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 200)
    private String revokedBy;

    @Column(name = "revoked_reason", length = 1000)
    private String revokedReason;

    @Version
    private long version;

    protected WhitelistEntry() {}

    WhitelistEntry(
            long merchantId,
            Bilingual scope,
            LocalDate validFrom,
            LocalDate validTo,
            String note,
            String grantedBy,
            Instant grantedAt) {
        Bilingual stripped = scope == null ? Bilingual.of(null, null) : Bilingual.of(scope.en(), scope.zh());
        if (stripped.en() == null && stripped.zh() == null) {
            throw new IllegalArgumentException("A whitelist entry needs a scope in English or Chinese");
        }
        if (longerThan(stripped.en(), WhitelistService.SCOPE_MAX)
                || longerThan(stripped.zh(), WhitelistService.SCOPE_MAX)
                || (note != null && note.strip().length() > WhitelistService.NOTE_MAX)) {
            throw new IllegalArgumentException("A whitelist entry's scope or note is too long");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException(
                    "A whitelist entry cannot end (" + validTo + ") before it starts (" + validFrom + ")");
        }
        this.merchantId = merchantId;
        this.scope = stripped;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.grantedBy = Objects.requireNonNull(grantedBy);
        this.grantedAt = Objects.requireNonNull(grantedAt);
    }

    /** Whether the entry lets the merchant offer international information services on that day. */
    boolean isValidOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** Ends the entry early; refused twice or without a reason. */
    void revoke(String reason, String by, Instant now) {
        if (revokedAt != null) {
            throw new IllegalStateException("Whitelist entry " + id + " is already revoked");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A revocation needs a reason");
        }
        if (reason.strip().length() > WhitelistService.REASON_MAX) {
            throw new IllegalArgumentException(
                    "A revocation reason may have at most " + WhitelistService.REASON_MAX + " characters");
        }
        this.revokedReason = reason.strip();
        this.revokedBy = Objects.requireNonNull(by);
        this.revokedAt = Objects.requireNonNull(now);
    }

    Long getId() {
        return id;
    }

    Long getMerchantId() {
        return merchantId;
    }

    Bilingual getScope() {
        return scope;
    }

    private static boolean longerThan(String text, int max) {
        return text != null && text.length() > max;
    }

    WhitelistGrant toGrant(MerchantSummary merchant, LocalDate today) {
        WhitelistGrant.State state;
        if (revokedAt != null) {
            state = WhitelistGrant.State.REVOKED;
        } else if (today.isBefore(validFrom)) {
            state = WhitelistGrant.State.UPCOMING;
        } else if (validTo != null && today.isAfter(validTo)) {
            state = WhitelistGrant.State.EXPIRED;
        } else {
            state = WhitelistGrant.State.CURRENT;
        }
        return new WhitelistGrant(
                id,
                version,
                merchantId,
                merchant == null ? null : merchant.slug(),
                merchant == null ? null : merchant.name(),
                scope,
                validFrom,
                validTo,
                note,
                grantedBy,
                grantedAt,
                revokedAt,
                revokedBy,
                revokedReason,
                state);
    }
}
