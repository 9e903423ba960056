package dataport.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.DataClassification;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A listing's fact sheet and a routed order keep the data facts in one shape, and give back what they were given. */
class DataFactsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void aListingsSheetGivesBackItsDeclarationAndUnknownFactsStayUnknown() {
        ListingDeclaration declared = new ListingDeclaration(
                PersonalInformation.SENSITIVE, 5_000L, false, true, FilingType.STANDARD_CONTRACT, "SC-1", DAY);
        ListingFactSheet sheet = new ListingFactSheet(1);
        sheet.declare(declared, Instant.EPOCH);
        assertThat(sheet.toDeclaration()).isEqualTo(declared);

        assertThat(new ListingFactSheet(2).toDeclaration()).isEqualTo(ListingDeclaration.empty());
    }

    @Test
    void aRoutedOrderGivesBackTheFactsItWasRoutedOnAndCountsItsPeopleByKind() {
        RoutingFacts facts = new RoutingFacts(
                DataClassification.GENERAL,
                PersonalInformation.NON_SENSITIVE,
                60_000L,
                false,
                false,
                FilingType.CERTIFICATION,
                DAY,
                true,
                false,
                "FINANCE",
                false,
                40_000,
                0,
                DAY);
        RoutedOrder routed = new RoutedOrder(
                9,
                1,
                2,
                3,
                "SG",
                Instant.EPOCH,
                2026,
                facts,
                new RoutingDecision(Outcome.ALLOWED, "PERSONAL_SMALL", Mechanism.NONE, null, null, null, null));

        assertThat(routed.facts(DAY)).isEqualTo(facts);
        assertThat(routed.lineNonSensitive()).isEqualTo(60_000);
        assertThat(routed.lineSensitive()).isZero();
    }
}
