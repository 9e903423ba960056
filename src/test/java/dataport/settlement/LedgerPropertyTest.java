package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.shared.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random sequences of payments, acceptances, hold expiries, refunds, disputes and payouts in four currencies; after
 * every step the whole ledger is checked (every entry balances, every account's balance is the sum of its lines, what
 * buyers paid = merchants + platform fees + refunds) and the test's own model of each merchant's balances is compared
 * with {@link SettlementService#balances}. The seed is printed; {@code -Dledger.seed=N} replays one run.
 */
@IntegrationTest
class LedgerPropertyTest {

    private static final List<String> CURRENCIES = List.of("USD", "CNY", "EUR", "JPY");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    SettlementService balances;

    @Autowired
    Payouts payouts;

    /** One order as the model sees it. */
    static final class Model {
        long orderId;
        long merchant;
        String currency;
        long total;
        long fee;
        long refunded;
        long feeReversed;
        SettlementState state = SettlementState.PENDING;
        boolean disputeOpen;
        Long disputeId;
        Instant holdUntil;

        long remainingShare() {
            return total - fee - (refunded - feeReversed);
        }
    }

    /** Expected merchant balances per currency: pending, held, available, in transit, paid out. */
    private final Map<String, long[]> expected = new HashMap<>();

    private final Map<String, Boolean> refundedAfterRelease = new HashMap<>();

    private long[] bal(long merchant, String currency) {
        return expected.computeIfAbsent(merchant + "/" + currency, k -> new long[5]);
    }

    @Test
    void randomSequencesOfMoneyStepsKeepTheBooksBalancedAfterEveryStep() {
        long seed = Long.getLong("ledger.seed", System.nanoTime());
        System.out.println("LedgerPropertyTest seed: " + seed + " (replay with -Dledger.seed=" + seed + ")");
        for (int run = 0; run < 3; run++) {
            runSequence(new Random(seed + run), 150);
        }
    }

    private void runSequence(Random random, int steps) {
        TestClock clock = new TestClock(Instant.now());
        Settlements settlements = SettlementFixtures.settlements(context, clock, 7);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        long base = 9_000_000_000L + Math.abs(random.nextLong() % 1_000_000_000L) * 1000;
        long[] merchants = {base + 1, base + 2, base + 3};
        List<Model> orders = new ArrayList<>();
        Map<Long, long[]> openPayouts = new HashMap<>(); // payout id → merchant, currency index, amount
        Map<Long, String> payoutCurrency = new HashMap<>();
        long nextOrder = base + 100;
        // Other tests share this database and leave books of their own (fixtures post entries without orders): the
        // money invariant is checked on what this run adds to the books.
        Map<String, long[]> before = moneyTotals();

        for (int step = 0; step < steps; step++) {
            int op = random.nextInt(100);
            String what;
            if (op < 25 || orders.isEmpty()) {
                Model m = new Model();
                m.orderId = nextOrder++;
                m.merchant = merchants[random.nextInt(merchants.length)];
                m.currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
                m.total = 1 + random.nextInt(random.nextBoolean() ? 500 : 200_000);
                Instant paidAt = clock.instant();
                tx.executeWithoutResult(s -> settlements.charge(m.orderId, m.merchant, m.currency, m.total, paidAt));
                SettlementView view = settlements.view(m.orderId).orElseThrow();
                m.fee = view.feeMinor();
                m.holdUntil = view.holdUntil();
                assertThat(m.fee)
                        .isEqualTo(settlements.feeRuleAt(m.currency, paidAt).feeOf(m.total));
                assertThat(m.fee).isBetween(0L, m.total);
                bal(m.merchant, m.currency)[0] += m.total - m.fee;
                orders.add(m);
                what = "pay " + m.orderId + " " + m.total + " " + m.currency;
            } else if (op < 37) {
                Model m = orders.get(random.nextInt(orders.size()));
                boolean released = tx.execute(s -> settlements.release(m.orderId));
                assertThat(released).isEqualTo(m.state == SettlementState.PENDING);
                if (released) {
                    releaseInModel(m, 0);
                }
                what = "accept " + m.orderId;
            } else if (op < 45) {
                clock.advance(Duration.ofHours(1 + random.nextInt(24 * 5)));
                int released = 0;
                java.util.Set<Long> ours = new java.util.HashSet<>();
                orders.forEach(o -> ours.add(o.orderId));
                for (Long id : settlements.due(100_000)) {
                    // other runs' and other tests' orders are due too: this run releases its own
                    if (ours.contains(id) && Boolean.TRUE.equals(tx.execute(s -> settlements.releaseIfDue(id)))) {
                        released++;
                    }
                }
                int expectedReleased = 0;
                for (Model m : orders) {
                    if (m.state == SettlementState.PENDING && !m.holdUntil.isAfter(clock.instant())) {
                        releaseInModel(m, 0);
                        expectedReleased++;
                    }
                }
                assertThat(released).isEqualTo(expectedReleased);
                what = "time passes, " + released + " released";
            } else if (op < 62) {
                Model m = orders.get(random.nextInt(orders.size()));
                long refundable = m.total - m.refunded;
                if (refundable == 0) {
                    assertThatThrownBy(() ->
                                    tx.execute(s -> settlements.recordRefund(m.orderId, "re_x" + random.nextLong(), 1)))
                            .hasMessageContaining("settlement.refund.amount-invalid");
                    what = "refund refused";
                } else {
                    long amount = random.nextBoolean() ? refundable : 1 + (long) (random.nextDouble() * refundable);
                    amount = Math.min(amount, refundable);
                    String refundId = "re_prop_" + m.orderId + "_" + step;
                    long a = amount;
                    var split = tx.execute(s -> settlements.recordRefund(m.orderId, refundId, a))
                            .orElseThrow();
                    // model: cumulative fee reversal, minus what was reversed before
                    long cumulative = java.math.BigDecimal.valueOf(m.fee)
                            .multiply(java.math.BigDecimal.valueOf(m.refunded + amount))
                            .divide(java.math.BigDecimal.valueOf(m.total), 0, java.math.RoundingMode.HALF_UP)
                            .longValueExact();
                    long feeRev = cumulative - m.feeReversed;
                    assertThat(split.feeReversed()).isEqualTo(feeRev);
                    assertThat(m.feeReversed + feeRev).isLessThanOrEqualTo(m.fee);
                    int from = m.state == SettlementState.PENDING ? 0 : m.state == SettlementState.HELD ? 1 : 2;
                    if (from == 2) {
                        refundedAfterRelease.put(m.merchant + "/" + m.currency, true);
                    }
                    bal(m.merchant, m.currency)[from] -= amount - feeRev;
                    m.refunded += amount;
                    m.feeReversed += feeRev;
                    if (m.refunded == m.total) {
                        assertThat(m.feeReversed).isEqualTo(m.fee);
                        m.state = SettlementState.REFUNDED;
                    }
                    // the same refund again changes nothing
                    Optional<OrderSettlement.RefundSplit> again =
                            tx.execute(s -> settlements.recordRefund(m.orderId, refundId, a));
                    assertThat(again).isEmpty();
                    what = "refund " + amount + " of " + m.orderId;
                }
            } else if (op < 70) {
                Model m = orders.get(random.nextInt(orders.size()));
                if (m.state == SettlementState.REFUNDED || m.disputeOpen) {
                    what = "no dispute";
                } else {
                    long id = tx.execute(
                            s -> settlements.openDispute(m.orderId, Dispute.Source.BUYER, null, "not as described"));
                    m.disputeOpen = true;
                    m.disputeId = id;
                    if (m.state == SettlementState.PENDING) {
                        bal(m.merchant, m.currency)[0] -= m.remainingShare();
                        bal(m.merchant, m.currency)[1] += m.remainingShare();
                        m.state = SettlementState.HELD;
                    }
                    what = "dispute " + m.orderId;
                }
            } else if (op < 78) {
                Model m = orders.stream().filter(o -> o.disputeOpen).findFirst().orElse(null);
                if (m == null) {
                    what = "no open dispute";
                } else if (random.nextBoolean()) {
                    tx.executeWithoutResult(s -> settlements.decideRelease(m.disputeId, "staff@test", "fine"));
                    m.disputeOpen = false;
                    if (m.state == SettlementState.HELD) {
                        releaseInModel(m, 1);
                    }
                    what = "dispute released " + m.orderId;
                } else {
                    tx.executeWithoutResult(s -> settlements.decideRefund(m.disputeId, "staff@test", "refund"));
                    m.disputeOpen = false;
                    long refundable = m.total - m.refunded;
                    if (refundable > 0) {
                        long feeRev = m.fee - m.feeReversed;
                        int from = m.state == SettlementState.PENDING ? 0 : m.state == SettlementState.HELD ? 1 : 2;
                        if (from == 2) {
                            refundedAfterRelease.put(m.merchant + "/" + m.currency, true);
                        }
                        tx.execute(s -> settlements.recordRefund(m.orderId, "re_dispute_" + m.orderId, refundable));
                        bal(m.merchant, m.currency)[from] -= refundable - feeRev;
                        m.refunded = m.total;
                        m.feeReversed = m.fee;
                    }
                    m.state = SettlementState.REFUNDED;
                    what = "dispute refunded " + m.orderId;
                }
            } else if (op < 90) {
                long merchant = merchants[random.nextInt(merchants.length)];
                String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
                long available = bal(merchant, currency)[2];
                if (available <= 0) {
                    assertThatThrownBy(() -> payouts.open(merchant, currency, 1, PayoutRail.BANK_FILE, null, null))
                            .hasMessage(Payouts.MORE_THAN_AVAILABLE);
                    what = "payout refused";
                } else {
                    long amount = 1 + (long) (random.nextDouble() * available);
                    amount = Math.min(amount, available);
                    PayoutRail rail = random.nextBoolean() ? PayoutRail.BANK_FILE : PayoutRail.STRIPE_CONNECT;
                    long id = payouts.open(merchant, currency, amount, rail, null, null);
                    openPayouts.put(id, new long[] {merchant, amount});
                    payoutCurrency.put(id, currency);
                    bal(merchant, currency)[2] -= amount;
                    bal(merchant, currency)[3] += amount;
                    long over = available - amount + 1;
                    assertThatThrownBy(() -> payouts.open(merchant, currency, over, rail, null, null))
                            .hasMessage(Payouts.MORE_THAN_AVAILABLE);
                    what = "payout " + amount + " " + currency;
                }
            } else {
                if (openPayouts.isEmpty()) {
                    what = "no payout in transit";
                } else {
                    long id = openPayouts.keySet().stream().sorted().toList().get(random.nextInt(openPayouts.size()));
                    long[] p = openPayouts.remove(id);
                    String currency = payoutCurrency.get(id);
                    if (random.nextBoolean()) {
                        payouts.markPaid(id, "ref-" + id);
                        payouts.markPaid(id, "ref-" + id);
                        bal(p[0], currency)[3] -= p[1];
                        bal(p[0], currency)[4] += p[1];
                        assertThat(payouts.find(id).orElseThrow().status()).isEqualTo(PayoutStatus.PAID);
                        what = "payout paid " + id;
                    } else {
                        payouts.markFailed(id, "AC04", "Closed account");
                        payouts.markFailed(id, "AC04", "Closed account");
                        bal(p[0], currency)[3] -= p[1];
                        bal(p[0], currency)[2] += p[1];
                        assertThat(payouts.find(id).orElseThrow().status()).isEqualTo(PayoutStatus.FAILED);
                        what = "payout failed " + id;
                    }
                }
            }
            checkBooks(what, before);
            checkMerchants(merchants, what);
        }
    }

    private void releaseInModel(Model m, int from) {
        long amount = m.remainingShare();
        bal(m.merchant, m.currency)[from] -= amount;
        bal(m.merchant, m.currency)[2] += amount;
        m.state = SettlementState.RELEASED;
    }

    private void checkMerchants(long[] merchants, String what) {
        for (long merchant : merchants) {
            Map<String, Balances> actual = new HashMap<>();
            balances.balances(merchant).forEach(b -> actual.put(b.currency(), b));
            for (String currency : CURRENCIES) {
                long[] e = bal(merchant, currency);
                Balances a = actual.getOrDefault(currency, new Balances(currency, 0, 0, 0, 0, 0));
                assertThat(new long[] {a.pending(), a.held(), a.available(), a.inTransit(), a.paidOut()})
                        .as("merchant " + merchant + " " + currency + " after " + what)
                        .containsExactly(e);
                if (!refundedAfterRelease.getOrDefault(merchant + "/" + currency, false)) {
                    assertThat(a.available()).as("available after " + what).isNotNegative();
                }
                assertThat(balances.available(merchant, currency)).isEqualTo(a.available());
            }
        }
    }

    /**
     * The whole ledger, all parties: entries balance and balances are sums of lines; and of what this run added, the
     * buyers' money is all accounted for: clearing = what buyers paid = merchants + platform + refunds.
     */
    private void checkBooks(String what, Map<String, long[]> before) {
        Supplier<String> after = () -> "after " + what;
        assertThat(jdbc.queryForList(
                        "SELECT entry_id FROM journal_line GROUP BY entry_id, currency HAVING SUM(amount_minor) <> 0",
                        Long.class))
                .as(after)
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT a.id FROM ledger_account a LEFT JOIN (SELECT account_id, SUM(amount_minor) s"
                                + " FROM journal_line GROUP BY account_id) l ON l.account_id = a.id"
                                + " WHERE a.balance_minor <> COALESCE(l.s, 0)",
                        Long.class))
                .as(after)
                .isEmpty();
        Map<String, long[]> now = moneyTotals();
        for (String currency : CURRENCIES) {
            long[] added = new long[5];
            for (int i = 0; i < added.length; i++) {
                added[i] = now.get(currency)[i] - before.get(currency)[i];
            }
            long buyersPaid = added[0];
            assertThat(added[1]).as(currency + " clearing " + after.get()).isEqualTo(buyersPaid);
            assertThat(added[2] + added[3] + added[4])
                    .as(currency + " merchants + platform + refunds " + after.get())
                    .isEqualTo(buyersPaid);
        }
    }

    /** Per currency: buyers paid, clearing, merchants, platform fees, refunds (credit balances as positive). */
    private Map<String, long[]> moneyTotals() {
        Map<String, long[]> totals = new HashMap<>();
        for (String currency : CURRENCIES) {
            long buyersPaid = jdbc.queryForObject(
                    "SELECT COALESCE(SUM(total_minor), 0) FROM order_settlement WHERE currency = ?",
                    Long.class,
                    currency);
            totals.put(currency, new long[] {
                buyersPaid,
                sum("kind = 'BUYER_CLEARING'", currency),
                -sum("kind LIKE 'MERCHANT_%'", currency),
                -sum("kind = 'PLATFORM_FEES'", currency),
                -sum("kind = 'REFUNDS'", currency)
            });
        }
        return totals;
    }

    private long sum(String where, String currency) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(balance_minor), 0) FROM ledger_account WHERE " + where + " AND currency = ?",
                Long.class,
                currency);
    }
}
