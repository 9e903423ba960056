package dataport.compliance;

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
 * A recipient no data may be provided to. A buyer matches an active entry by its e-mail address or e-mail domain (a
 * subdomain counts); an entry with neither blocks every buyer whose data goes to its country. Entries are deactivated
 * with a reason, never deleted, so the list keeps its history.
 */
@Entity
@Table(name = "compliance_blocked_recipient")
class BlockedRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private String email;

    @Column(name = "email_domain")
    private String emailDomain;

    private String country;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(nullable = false)
    private String reason;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivated_by")
    private String deactivatedBy;

    @Column(name = "deactivation_reason")
    private String deactivationReason;

    protected BlockedRecipient() {}

    BlockedRecipient(NewBlockedRecipient r, String staff, Instant now) {
        if (!r.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid blocked recipient: " + r.problems());
        }
        this.name = r.name();
        this.email = r.email();
        this.emailDomain = r.emailDomain();
        this.country = r.country();
        this.registrationNumber = r.registrationNumber();
        this.reason = r.reason();
        this.legalBasis = r.legalBasis();
        this.createdBy = Objects.requireNonNull(staff);
        this.createdAt = now;
        this.active = true;
    }

    /** Takes the entry off the list from now on; refused twice or without a reason. */
    void deactivate(String why, String staff, Instant now) {
        if (!active) {
            throw new IllegalStateException("Blocked recipient " + id + " is already inactive");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
        this.active = false;
        this.deactivatedAt = now;
        this.deactivatedBy = Objects.requireNonNull(staff);
        this.deactivationReason = why.strip();
    }

    /** Whether an order of the buyer with this e-mail address, for data used in {@code destination}, is blocked. */
    boolean matches(String buyerEmail, String destination) {
        if (!active) {
            return false;
        }
        String mail = buyerEmail == null ? null : buyerEmail.strip().toLowerCase(Locale.ROOT);
        if (email != null || emailDomain != null) {
            if (mail == null) {
                return false;
            }
            if (email != null && email.equals(mail)) {
                return true;
            }
            String domain = mail.substring(mail.lastIndexOf('@') + 1);
            return emailDomain != null && (domain.equals(emailDomain) || domain.endsWith("." + emailDomain));
        }
        return country != null && country.equals(destination);
    }

    BlockedRecipientRow toRow() {
        return new BlockedRecipientRow(
                id,
                version,
                name,
                country,
                email,
                emailDomain,
                registrationNumber,
                reason,
                legalBasis,
                createdAt,
                createdBy,
                active,
                deactivatedAt,
                deactivatedBy,
                deactivationReason);
    }

    Long getId() {
        return id;
    }
}
