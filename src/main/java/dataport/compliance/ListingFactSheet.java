package dataport.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The cross-border facts a merchant declares for one listing (the classification stays with the catalog). */
@Entity
@Table(name = "compliance_listing_facts")
class ListingFactSheet {

    @Id
    @Column(name = "listing_id")
    private Long listingId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "personal_info")
    private PersonalInformation personalInfo;

    private Long individuals;

    @Column(name = "collected_abroad")
    private Boolean collectedAbroad;

    @Column(name = "on_negative_list")
    private Boolean onNegativeList;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_type")
    private FilingType filingType;

    @Column(name = "filing_reference")
    private String filingReference;

    @Column(name = "filing_expires_on")
    private LocalDate filingExpiresOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ListingFactSheet() {}

    ListingFactSheet(long listingId) {
        this.listingId = listingId;
    }

    /** Replaces the declaration; the value was checked by {@link ListingDeclaration#problems()}. */
    void declare(ListingDeclaration d, Instant now) {
        if (!d.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid declaration: " + d.problems());
        }
        this.personalInfo = d.personalInfo();
        this.individuals = d.personalInfo() == PersonalInformation.NONE ? Long.valueOf(0) : d.individuals();
        this.collectedAbroad = d.collectedAbroad();
        this.onNegativeList = d.onNegativeList();
        this.filingType = d.filingType();
        this.filingReference =
                d.filingType() == null ? null : d.filingReference().strip();
        this.filingExpiresOn = d.filingType() == null ? null : d.filingExpiresOn();
        this.updatedAt = now;
    }

    ListingDeclaration toDeclaration() {
        return new ListingDeclaration(
                personalInfo,
                individuals,
                collectedAbroad,
                onNegativeList,
                filingType,
                filingReference,
                filingExpiresOn);
    }

    long getVersion() {
        return version;
    }
}
