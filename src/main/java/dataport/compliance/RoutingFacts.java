package dataport.compliance;

import dataport.catalog.DataClassification;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything the routing rules read about one line bound abroad. Unknown facts are null; a rule condition on an
 * unknown fact never matches.
 *
 * @param priorNonSensitive people whose non-sensitive personal information the exporter already sent abroad this
 *     calendar year: earlier DataPort orders plus the transfers it declared outside DataPort
 * @param priorSensitive the same for sensitive personal information
 */
public record RoutingFacts(
        DataClassification classification,
        PersonalInformation personalInfo,
        Long individuals,
        Boolean collectedAbroad,
        Boolean onNegativeList,
        FilingType filingType,
        LocalDate filingExpiresOn,
        Boolean exporterCii,
        Boolean exporterInZone,
        String sector,
        boolean recipientBlocked,
        long priorNonSensitive,
        long priorSensitive,
        LocalDate day) {

    public RoutingFacts {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(day, "day");
    }

    /** This year's non-sensitive total including this line; null when this line's count is needed but unknown. */
    Long annualNonSensitive() {
        return annual(PersonalInformation.NON_SENSITIVE, priorNonSensitive);
    }

    /** This year's sensitive total including this line; null when this line's count is needed but unknown. */
    Long annualSensitive() {
        return annual(PersonalInformation.SENSITIVE, priorSensitive);
    }

    private Long annual(PersonalInformation kind, long prior) {
        if (personalInfo != kind) {
            return prior;
        }
        return individuals == null ? null : Math.addExact(prior, individuals);
    }

    /** Whether the listing holds a filing of this type that has not expired on {@link #day}. */
    boolean hasValidFiling(FilingType type) {
        return filingType == type && filingExpiresOn != null && !day.isAfter(filingExpiresOn);
    }

    /** How many people of which kind this line adds to the exporter's totals (0 for none or unknown). */
    long lineNonSensitive() {
        return personalInfo == PersonalInformation.NON_SENSITIVE && individuals != null ? individuals : 0;
    }

    long lineSensitive() {
        return personalInfo == PersonalInformation.SENSITIVE && individuals != null ? individuals : 0;
    }
}
