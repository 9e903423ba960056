package dataport.compliance;

import dataport.catalog.DataClassification;
import dataport.shared.Bilingual;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of the routing rules as everyone may read it. A null or empty condition matches anything; min bounds are
 * inclusive, max bounds exclusive; counts are the exporter's calendar-year totals including the line.
 */
public record RuleRow(
        Long id,
        long version,
        int position,
        String code,
        Set<DataClassification> classificationIn,
        Set<PersonalInformation> personalInfoIn,
        Boolean exporterCii,
        Boolean exporterInZone,
        Set<String> sectorIn,
        Boolean onNegativeList,
        Boolean collectedAbroad,
        Boolean recipientBlocked,
        FilingType filingRequired,
        Long minAnnualPersonal,
        Long maxAnnualPersonal,
        Long minAnnualSensitive,
        Long maxAnnualSensitive,
        Outcome outcome,
        Mechanism mechanism,
        Bilingual legalBasis,
        Bilingual reason,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    public RuleRow {
        classificationIn = classificationIn == null ? Set.of() : Set.copyOf(classificationIn);
        personalInfoIn = personalInfoIn == null ? Set.of() : Set.copyOf(personalInfoIn);
        sectorIn = sectorIn == null ? Set.of() : Set.copyOf(sectorIn);
    }

    boolean effectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    boolean matches(RoutingFacts f) {
        return (classificationIn.isEmpty() || classificationIn.contains(f.classification()))
                && (personalInfoIn.isEmpty() || (f.personalInfo() != null && personalInfoIn.contains(f.personalInfo())))
                && same(exporterCii, f.exporterCii())
                && same(exporterInZone, f.exporterInZone())
                && (sectorIn.isEmpty() || (f.sector() != null && sectorIn.contains(f.sector())))
                && same(onNegativeList, f.onNegativeList())
                && same(collectedAbroad, f.collectedAbroad())
                && (recipientBlocked == null || recipientBlocked == f.recipientBlocked())
                && (filingRequired == null || f.hasValidFiling(filingRequired))
                && within(minAnnualPersonal, maxAnnualPersonal, f.annualNonSensitive())
                && within(minAnnualSensitive, maxAnnualSensitive, f.annualSensitive());
    }

    private static boolean same(Boolean condition, Boolean fact) {
        return condition == null || condition.equals(fact);
    }

    private static boolean within(Long min, Long max, Long value) {
        if (min == null && max == null) {
            return true;
        }
        return value != null && (min == null || value >= min) && (max == null || value < max);
    }
}
