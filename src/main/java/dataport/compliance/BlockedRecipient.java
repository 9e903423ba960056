package dataport.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A recipient no data may be provided to: matched by the buyer's e-mail address or the destination country. */
@Entity
@Table(name = "compliance_blocked_recipient")
class BlockedRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String country;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BlockedRecipient() {}

    BlockedRecipient(String email, String country, String reason, Instant now) {
        if ((email == null || email.isBlank()) && (country == null || country.isBlank())) {
            throw new IllegalArgumentException("A blocked recipient needs an e-mail address or a country");
        }
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        this.country = country == null || country.isBlank() ? null : country;
        this.reason = reason;
        this.createdAt = now;
    }
}
