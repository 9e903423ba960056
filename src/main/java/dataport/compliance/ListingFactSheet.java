package dataport.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The cross-border facts a merchant declares for one listing (the classification stays with the catalog). */
@Entity
@Table(name = "compliance_listing_facts")
class ListingFactSheet {

    @Id
    @Column(name = "listing_id")
    private Long listingId;

    @Version
    private long version;

    /** The declared data facts (the same shape a routed order keeps of them). */
    @Embedded
    private DataFacts data;

    @Column(name = "filing_reference")
    private String filingReference;

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
        this.data = new DataFacts(
                d.personalInfo(),
                d.personalInfo() == PersonalInformation.NONE ? Long.valueOf(0) : d.individuals(),
                d.collectedAbroad(),
                d.onNegativeList(),
                d.filingType(),
                d.filingType() == null ? null : d.filingExpiresOn());
        this.filingReference =
                d.filingType() == null ? null : d.filingReference().strip();
        this.updatedAt = now;
    }

    ListingDeclaration toDeclaration() {
        DataFacts f = DataFacts.orUnknown(data);
        return new ListingDeclaration(
                f.personalInfo(),
                f.individuals(),
                f.collectedAbroad(),
                f.onNegativeList(),
                f.filingType(),
                filingReference,
                f.filingExpiresOn());
    }

    long getVersion() {
        return version;
    }
}
