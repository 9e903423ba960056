package dataport.merchants;

import dataport.shared.Bilingual;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

@Entity
@Table(name = "merchant")
class Merchant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    private Bilingual name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Origin origin;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    private String city;
    private String website;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "founded_year")
    private Integer foundedYear;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))
    private Bilingual description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MerchantStatus status = MerchantStatus.ACTIVE;

    @Column(name = "suspended_reason", length = 1000)
    private String suspendedReason;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Merchant() {}

    Merchant(String slug, Bilingual name, Origin origin, String countryCode) {
        this.slug = Objects.requireNonNull(slug);
        this.name = Objects.requireNonNull(name);
        this.origin = Objects.requireNonNull(origin);
        this.countryCode = countryCode.toUpperCase(Locale.ROOT);
        this.createdAt = Instant.now();
    }

    void describe(String city, String website, String registrationNumber, Integer foundedYear, Bilingual description) {
        this.city = city;
        this.website = website;
        this.registrationNumber = registrationNumber;
        this.foundedYear = foundedYear;
        this.description = description;
    }

    /** Where buyers reach the merchant (asking for a quote); null when it gave none. */
    void reachableAt(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
    }

    /** Stops the merchant trading; refused when already suspended or without a reason. */
    void suspend(String reason, Instant now) {
        if (status == MerchantStatus.SUSPENDED) {
            throw new IllegalStateException("Merchant " + slug + " is already suspended");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A suspension needs a reason");
        }
        this.status = MerchantStatus.SUSPENDED;
        this.suspendedReason = reason.strip();
        this.suspendedAt = Objects.requireNonNull(now);
    }

    /** Lets a suspended merchant trade again; refused when it is not suspended. */
    void reinstate() {
        if (status != MerchantStatus.SUSPENDED) {
            throw new IllegalStateException("Merchant " + slug + " is not suspended");
        }
        this.status = MerchantStatus.ACTIVE;
        this.suspendedReason = null;
        this.suspendedAt = null;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    Bilingual getName() {
        return name;
    }

    String getCountryCode() {
        return countryCode;
    }

    MerchantStatus getStatus() {
        return status;
    }

    String getSuspendedReason() {
        return suspendedReason;
    }

    boolean isActive() {
        return status == MerchantStatus.ACTIVE;
    }

    MerchantSummary toSummary() {
        return toSummary(null);
    }

    /** @param whitelistScope scope of the whitelist entry valid today, or null when there is none */
    MerchantSummary toSummary(Bilingual whitelistScope) {
        return new MerchantSummary(
                id,
                slug,
                name,
                origin,
                countryCode,
                city,
                website,
                foundedYear,
                description == null ? Bilingual.of(null, null) : description,
                status,
                whitelistScope != null,
                whitelistScope,
                contactEmail);
    }
}
