package dataport.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.DataClassification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingRulesTest {

    private static final List<RuleRow> DEFAULTS = DefaultRuleTable.rows();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    /** A line of general data with no personal information from an ordinary exporter, nothing unknown. */
    private static Facts line() {
        return new Facts();
    }

    @Test
    void theDefaultTableHasEveryRowTheIssueNames() {
        assertThat(DEFAULTS)
                .extracting(RuleRow::code)
                .containsExactly(
                        "CORE_DATA",
                        "BLOCKED_RECIPIENT",
                        "CII_PERSONAL",
                        "CII_IMPORTANT",
                        "IMPORTANT_DATA",
                        "COLLECTED_ABROAD",
                        "NO_PERSONAL_NO_IMPORTANT",
                        "ZONE_NOT_ON_NEGATIVE_LIST",
                        "ZONE_NEGATIVE_LIST",
                        "GENERAL_DATA_LIST",
                        "PERSONAL_SMALL",
                        "PERSONAL_MEDIUM",
                        "SENSITIVE_SMALL",
                        "PERSONAL_LARGE",
                        "SENSITIVE_LARGE",
                        "UNKNOWN");
        assertThat(DEFAULTS).allSatisfy(r -> {
            assertThat(r.reason().en()).isNotBlank();
            assertThat(r.reason().zh()).isNotBlank();
            assertThat(r.legalBasis().en()).isNotBlank();
            assertThat(r.legalBasis().zh()).isNotBlank();
        });
    }

    @Test
    void coreDataIsBlockedEvenWhenCollectedAbroad() {
        assertDecision(
                line().classification(DataClassification.CORE).collectedAbroad(true), Outcome.BLOCKED, "CORE_DATA");
    }

    @Test
    void aBlockedRecipientIsBlockedWhateverTheData() {
        assertDecision(line().recipientBlocked(), Outcome.BLOCKED, "BLOCKED_RECIPIENT");
    }

    @Test
    void aCiiOperatorsPersonalInformationNeedsASecurityAssessmentEvenForFewPeople() {
        RoutingDecision d = decide(line().cii(true).personal(PersonalInformation.NON_SENSITIVE, 10));
        assertThat(d.ruleCode()).isEqualTo("CII_PERSONAL");
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.mechanism()).isEqualTo(Mechanism.SECURITY_ASSESSMENT);
    }

    @Test
    void aCiiOperatorsImportantDataNeedsASecurityAssessment() {
        assertDecision(
                line().cii(true).classification(DataClassification.IMPORTANT), Outcome.NEEDS_REVIEW, "CII_IMPORTANT");
    }

    @Test
    void importantDataNeedsASecurityAssessment() {
        RoutingDecision d = decide(line().classification(DataClassification.IMPORTANT));
        assertThat(d.ruleCode()).isEqualTo("IMPORTANT_DATA");
        assertThat(d.mechanism()).isEqualTo(Mechanism.SECURITY_ASSESSMENT);
    }

    @Test
    void dataCollectedAbroadAndOnlyProcessedHereIsAllowedWhateverItsPersonalInformation() {
        assertDecision(
                line().collectedAbroad(true).personal(PersonalInformation.SENSITIVE, 50_000),
                Outcome.ALLOWED,
                "COLLECTED_ABROAD");
    }

    @Test
    void generalDataWithoutPersonalInformationIsAllowed() {
        assertDecision(line(), Outcome.ALLOWED, "NO_PERSONAL_NO_IMPORTANT");
    }

    @Test
    void aZoneExporterInACoveredSectorOffTheNegativeListIsAllowed() {
        assertDecision(
                line().zone("FINANCE", false).personal(PersonalInformation.NON_SENSITIVE, 5_000_000),
                Outcome.ALLOWED,
                "ZONE_NOT_ON_NEGATIVE_LIST");
    }

    @Test
    void aZoneExporterOnTheNegativeListFollowsTheListsProcedure() {
        RoutingDecision d = decide(line().zone("HEALTH", true).personal(PersonalInformation.NON_SENSITIVE, 10));
        assertThat(d.ruleCode()).isEqualTo("ZONE_NEGATIVE_LIST");
        assertThat(d.mechanism()).isEqualTo(Mechanism.NEGATIVE_LIST_PROCEDURE);
    }

    @Test
    void aZoneExporterInASectorTheListsDoNotCoverIsRoutedByTheCounts() {
        assertDecision(
                line().zone("OTHER", false).personal(PersonalInformation.NON_SENSITIVE, 200_000),
                Outcome.NEEDS_REVIEW,
                "PERSONAL_MEDIUM");
    }

    @Test
    void aValidGeneralDataListFilingAllowsTheLine() {
        assertDecision(
                line().personal(PersonalInformation.NON_SENSITIVE, 2_000_000)
                        .filing(FilingType.ZONE_GENERAL_DATA_LIST, DAY),
                Outcome.ALLOWED,
                "GENERAL_DATA_LIST");
    }

    @Test
    void anExpiredGeneralDataListFilingDoesNot() {
        assertDecision(
                line().personal(PersonalInformation.NON_SENSITIVE, 2_000_000)
                        .filing(FilingType.ZONE_GENERAL_DATA_LIST, DAY.minusDays(1)),
                Outcome.NEEDS_REVIEW,
                "PERSONAL_LARGE");
    }

    @ParameterizedTest(name = "{0} people of non-sensitive information → {1} by {2}")
    @CsvSource({
        "1, ALLOWED, PERSONAL_SMALL, NONE",
        "99999, ALLOWED, PERSONAL_SMALL, NONE",
        "100000, NEEDS_REVIEW, PERSONAL_MEDIUM, STANDARD_CONTRACT",
        "999999, NEEDS_REVIEW, PERSONAL_MEDIUM, STANDARD_CONTRACT",
        "1000000, NEEDS_REVIEW, PERSONAL_LARGE, SECURITY_ASSESSMENT",
        "7000000, NEEDS_REVIEW, PERSONAL_LARGE, SECURITY_ASSESSMENT"
    })
    void nonSensitiveCountsRouteAtTheirBoundaries(long people, Outcome outcome, String rule, Mechanism mechanism) {
        RoutingDecision d = decide(line().personal(PersonalInformation.NON_SENSITIVE, people));
        assertThat(d.outcome()).isEqualTo(outcome);
        assertThat(d.ruleCode()).isEqualTo(rule);
        assertThat(d.mechanism()).isEqualTo(mechanism);
    }

    @ParameterizedTest(name = "{0} people of sensitive information → {1}")
    @CsvSource({
        "1, SENSITIVE_SMALL, STANDARD_CONTRACT",
        "9999, SENSITIVE_SMALL, STANDARD_CONTRACT",
        "10000, SENSITIVE_LARGE, SECURITY_ASSESSMENT"
    })
    void sensitiveCountsRouteAtTheirBoundaries(long people, String rule, Mechanism mechanism) {
        RoutingDecision d = decide(line().personal(PersonalInformation.SENSITIVE, people));
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.ruleCode()).isEqualTo(rule);
        assertThat(d.mechanism()).isEqualTo(mechanism);
    }

    @Test
    void smallPersonalInformationCarriesTheNoticeAndConsentReminder() {
        RoutingDecision d = decide(line().personal(PersonalInformation.NON_SENSITIVE, 500));
        assertThat(d.reason().en()).contains("consent");
        assertThat(d.reason().zh()).contains("单独同意");
    }

    @Test
    void earlierOrdersThisYearCountSoSplittingAnOrderNeverHelps() {
        // 60,000 now would be allowed on its own; with 40,000 sent earlier this year the total is 100,000.
        assertDecision(
                line().personal(PersonalInformation.NON_SENSITIVE, 60_000).prior(40_000, 0),
                Outcome.NEEDS_REVIEW,
                "PERSONAL_MEDIUM");
        assertDecision(
                line().personal(PersonalInformation.NON_SENSITIVE, 60_000).prior(39_999, 0),
                Outcome.ALLOWED,
                "PERSONAL_SMALL");
        assertDecision(
                line().personal(PersonalInformation.NON_SENSITIVE, 1).prior(999_999, 0),
                Outcome.NEEDS_REVIEW,
                "PERSONAL_LARGE");
    }

    @Test
    void earlierSensitiveTransfersCountTowardTheSensitiveThreshold() {
        assertDecision(
                line().personal(PersonalInformation.SENSITIVE, 1).prior(0, 9_999),
                Outcome.NEEDS_REVIEW,
                "SENSITIVE_LARGE");
    }

    @Test
    void unknownFactsGoToReview() {
        assertDecision(line().unknownCount(null, null), Outcome.NEEDS_REVIEW, "UNKNOWN");
        assertDecision(line().unknownCount(PersonalInformation.NON_SENSITIVE, null), Outcome.NEEDS_REVIEW, "UNKNOWN");
    }

    @Test
    void aValidStandardContractFilingTurnsReviewIntoAllowedUntilItExpires() {
        Facts medium = line().personal(PersonalInformation.NON_SENSITIVE, 200_000);
        RoutingDecision covered = decide(medium.filing(FilingType.STANDARD_CONTRACT, DAY));
        assertThat(covered.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(covered.ruleCode()).isEqualTo("PERSONAL_MEDIUM");
        assertThat(covered.coveredBy()).isEqualTo(FilingType.STANDARD_CONTRACT);

        assertThat(decide(medium.filing(FilingType.STANDARD_CONTRACT, DAY.minusDays(1)))
                        .outcome())
                .isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(decide(medium.filing(FilingType.CERTIFICATION, DAY)).outcome())
                .as("a certification serves the standard-contract route too")
                .isEqualTo(Outcome.ALLOWED);
        assertThat(decide(medium.filing(FilingType.SECURITY_ASSESSMENT, DAY)).outcome())
                .as("a filing for another mechanism does not")
                .isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void aSecurityAssessmentApprovalClearsImportantDataButNeverCoreData() {
        assertThat(decide(line().classification(DataClassification.IMPORTANT)
                                .filing(FilingType.SECURITY_ASSESSMENT, DAY.plusYears(1)))
                        .outcome())
                .isEqualTo(Outcome.ALLOWED);
        assertThat(decide(line().classification(DataClassification.CORE)
                                .filing(FilingType.SECURITY_ASSESSMENT, DAY.plusYears(1)))
                        .outcome())
                .isEqualTo(Outcome.BLOCKED);
    }

    @Test
    void rowsOutsideTheirEffectiveDatesAreSkipped() {
        List<RuleRow> endedCore = DEFAULTS.stream()
                .map(r -> r.code().equals("CORE_DATA") ? withEffectiveTo(r, DAY.minusDays(1)) : r)
                .toList();
        assertThat(RoutingRules.decide(
                                endedCore,
                                line().classification(DataClassification.CORE).build())
                        .ruleCode())
                .isEqualTo("UNKNOWN");
    }

    @Test
    void withNoMatchingRowTheLineGoesToReview() {
        RoutingDecision d = RoutingRules.decide(List.of(), line().build());
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.ruleCode()).isEqualTo(RoutingRules.NO_RULE);
    }

    private static RuleRow withEffectiveTo(RuleRow r, LocalDate to) {
        return new RuleRow(
                r.id(),
                r.version(),
                r.position(),
                r.code(),
                r.classificationIn(),
                r.personalInfoIn(),
                r.exporterCii(),
                r.exporterInZone(),
                r.sectorIn(),
                r.onNegativeList(),
                r.collectedAbroad(),
                r.recipientBlocked(),
                r.filingRequired(),
                r.minAnnualPersonal(),
                r.maxAnnualPersonal(),
                r.minAnnualSensitive(),
                r.maxAnnualSensitive(),
                r.outcome(),
                r.mechanism(),
                r.legalBasis(),
                r.reason(),
                r.effectiveFrom(),
                to);
    }

    private static RoutingDecision decide(Facts f) {
        return RoutingRules.decide(DEFAULTS, f.build());
    }

    private static void assertDecision(Facts f, Outcome outcome, String rule) {
        RoutingDecision d = decide(f);
        assertThat(d.ruleCode()).isEqualTo(rule);
        assertThat(d.outcome()).isEqualTo(outcome);
    }

    /** A small builder: each method returns a changed copy, so a base line can be reused. */
    private static final class Facts {
        DataClassification classification = DataClassification.GENERAL;
        PersonalInformation pi = PersonalInformation.NONE;
        Long people = 0L;
        Boolean collectedAbroad = false;
        Boolean onNegativeList = false;
        FilingType filing;
        LocalDate filingUntil;
        Boolean cii = false;
        Boolean zone = false;
        String sector = "OTHER";
        boolean blocked;
        long priorNonSensitive;
        long priorSensitive;

        private Facts copy() {
            Facts f = new Facts();
            f.classification = classification;
            f.pi = pi;
            f.people = people;
            f.collectedAbroad = collectedAbroad;
            f.onNegativeList = onNegativeList;
            f.filing = filing;
            f.filingUntil = filingUntil;
            f.cii = cii;
            f.zone = zone;
            f.sector = sector;
            f.blocked = blocked;
            f.priorNonSensitive = priorNonSensitive;
            f.priorSensitive = priorSensitive;
            return f;
        }

        Facts classification(DataClassification c) {
            Facts f = copy();
            f.classification = c;
            return f;
        }

        Facts personal(PersonalInformation kind, long count) {
            return unknownCount(kind, count);
        }

        Facts unknownCount(PersonalInformation kind, Long count) {
            Facts f = copy();
            f.pi = kind;
            f.people = count;
            return f;
        }

        Facts collectedAbroad(boolean yes) {
            Facts f = copy();
            f.collectedAbroad = yes;
            return f;
        }

        Facts cii(boolean yes) {
            Facts f = copy();
            f.cii = yes;
            return f;
        }

        Facts zone(String sector, boolean onNegativeList) {
            Facts f = copy();
            f.zone = true;
            f.sector = sector;
            f.onNegativeList = onNegativeList;
            return f;
        }

        Facts filing(FilingType type, LocalDate until) {
            Facts f = copy();
            f.filing = type;
            f.filingUntil = until;
            return f;
        }

        Facts recipientBlocked() {
            Facts f = copy();
            f.blocked = true;
            return f;
        }

        Facts prior(long nonSensitive, long sensitive) {
            Facts f = copy();
            f.priorNonSensitive = nonSensitive;
            f.priorSensitive = sensitive;
            return f;
        }

        RoutingFacts build() {
            return new RoutingFacts(
                    classification,
                    pi,
                    people,
                    collectedAbroad,
                    onNegativeList,
                    filing,
                    filingUntil,
                    cii,
                    zone,
                    sector,
                    blocked,
                    priorNonSensitive,
                    priorSensitive,
                    DAY);
        }
    }
}
