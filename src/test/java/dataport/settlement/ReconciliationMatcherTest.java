package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.orders.PaymentRecords.ProviderTransaction;
import dataport.settlement.ReconciliationReport.Area;
import dataport.settlement.ReconciliationReport.Difference;
import dataport.settlement.ReconciliationReport.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationMatcherTest {

    static final Instant FROM = Instant.parse("2026-11-30T16:00:00Z");
    static final Instant TO = Instant.parse("2026-12-31T16:00:00Z");
    static final Instant IN = Instant.parse("2026-12-07T04:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-20T00:00:00Z");

    static ReconciliationMatcher.Charge charge(long order, String pi, long amount) {
        return new ReconciliationMatcher.Charge(order, "DP" + order, pi, "CNY", amount, IN);
    }

    static ProviderTransaction stripeCharge(String pi, long amount, Instant at) {
        return new ProviderTransaction("txn_" + pi, "charge", "ch_" + pi, amount, "CNY", at, pi);
    }

    static PayoutSummary payout(long id, PayoutRail rail, PayoutStatus status, String ref, Instant created) {
        return new PayoutSummary(id, 7, "CNY", 1000, rail, status, ref, null, null, null, null, created, null);
    }

    @Test
    void matchingBooksHaveNoDifferences() {
        List<Difference> found = ReconciliationMatcher.compare(
                List.of(charge(1, "pi_1", 5000)),
                List.of(new ReconciliationMatcher.Refund(1, "DP1", "re_1", "CNY", 700, IN)),
                List.of(new ReconciliationMatcher.Payout(
                        payout(9, PayoutRail.STRIPE_CONNECT, PayoutStatus.PAID, "tr_9", IN),
                        Map.of("PAYOUT", 1000L, "PAYOUT_PAID", 1000L))),
                List.of(
                        stripeCharge("pi_1", 5000, IN),
                        new ProviderTransaction("txn_r", "refund", "re_1", -700, "CNY", IN, null),
                        new ProviderTransaction("txn_t", "transfer", "tr_9", -1000, "CNY", IN, null)),
                FROM,
                TO,
                NOW,
                true);

        assertThat(found).isEmpty();
    }

    @Test
    void everyKindOfDifferenceIsListed() {
        List<Difference> found = ReconciliationMatcher.compare(
                List.of(charge(1, "pi_1", 5000), charge(2, "pi_2", 3000)),
                List.of(new ReconciliationMatcher.Refund(1, "DP1", "re_1", "CNY", 700, IN)),
                List.of(
                        new ReconciliationMatcher.Payout(
                                payout(9, PayoutRail.BANK_FILE, PayoutStatus.PAID, "E2E9", IN),
                                Map.of("PAYOUT", 1000L)),
                        new ReconciliationMatcher.Payout(
                                payout(10, PayoutRail.BANK_FILE, PayoutStatus.IN_TRANSIT, null, IN),
                                Map.of("PAYOUT", 1000L))),
                List.of(
                        stripeCharge("pi_1", 4999, IN),
                        stripeCharge("pi_3", 100, IN),
                        // Outside the month: used to match, never reported.
                        stripeCharge("pi_4", 100, FROM.minus(Duration.ofHours(2)))),
                FROM,
                TO,
                NOW,
                true);

        assertThat(found)
                .extracting(Difference::kind, Difference::area, Difference::reference)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Kind.AMOUNT_DIFFERS, Area.CHARGE, "pi_1"),
                        org.assertj.core.groups.Tuple.tuple(Kind.MISSING_AT_STRIPE, Area.CHARGE, "pi_2"),
                        org.assertj.core.groups.Tuple.tuple(Kind.MISSING_IN_LEDGER, Area.CHARGE, "pi_3"),
                        org.assertj.core.groups.Tuple.tuple(Kind.MISSING_AT_STRIPE, Area.REFUND, "re_1"),
                        org.assertj.core.groups.Tuple.tuple(Kind.STATUS_DIFFERS, Area.PAYOUT, "payout #9"),
                        org.assertj.core.groups.Tuple.tuple(Kind.NO_BANK_REPORT, Area.PAYOUT, "payout #10"));
        assertThat(found.getFirst().ledgerMinor()).isEqualTo(5000);
        assertThat(found.getFirst().otherMinor()).isEqualTo(4999);
    }

    @Test
    void withoutStripeOnlyThePayoutsAreChecked() {
        List<Difference> found = ReconciliationMatcher.compare(
                List.of(charge(1, "pi_1", 5000)),
                List.of(),
                List.of(new ReconciliationMatcher.Payout(
                        payout(9, PayoutRail.BANK_FILE, PayoutStatus.FAILED, null, IN),
                        Map.of("PAYOUT", 1000L, "PAYOUT_FAILED", 900L))),
                List.of(),
                FROM,
                TO,
                NOW,
                false);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.AMOUNT_DIFFERS);
            assertThat(d.ledgerMinor()).isEqualTo(900);
        });
    }
}
