package dataport.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The facts of a line's data the rules read (personal information and how many people, collected abroad, on the
 * zone's negative list, the filing and its expiry), as one embeddable shape: a listing's fact sheet holds the current
 * declaration, a routed order the declaration it was routed on. Same column names in both tables.
 */
@Embeddable
class DataFacts {

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

    @Column(name = "filing_expires_on")
    private LocalDate filingExpiresOn;

    protected DataFacts() {}

    DataFacts(
            PersonalInformation personalInfo,
            Long individuals,
            Boolean collectedAbroad,
            Boolean onNegativeList,
            FilingType filingType,
            LocalDate filingExpiresOn) {
        this.personalInfo = personalInfo;
        this.individuals = individuals;
        this.collectedAbroad = collectedAbroad;
        this.onNegativeList = onNegativeList;
        this.filingType = filingType;
        this.filingExpiresOn = filingExpiresOn;
    }

    /** Hibernate loads an embeddable whose columns are all NULL as null: that is "nothing known". */
    static DataFacts orUnknown(DataFacts facts) {
        return facts == null ? new DataFacts() : facts;
    }

    PersonalInformation personalInfo() {
        return personalInfo;
    }

    Long individuals() {
        return individuals;
    }

    Boolean collectedAbroad() {
        return collectedAbroad;
    }

    Boolean onNegativeList() {
        return onNegativeList;
    }

    FilingType filingType() {
        return filingType;
    }

    LocalDate filingExpiresOn() {
        return filingExpiresOn;
    }

    /** The line's people of one kind (0 for another kind, none or unknown). */
    long people(PersonalInformation kind) {
        return personalInfo == kind && individuals != null ? individuals : 0;
    }
}
