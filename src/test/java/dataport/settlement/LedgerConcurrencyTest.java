package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.merchants.TestMerchants;
import dataport.settlement.Ledger.Leg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several payments to one merchant at the same moment, before any of its accounts exists (as on its first sales): each
 * posting creates the accounts it needs. Found by the backup-under-load run: locking reads of the missing rows took gap
 * locks and the concurrent inserts deadlocked, rolling payments back.
 */
@IntegrationTest
class LedgerConcurrencyTest {

    private static final int PAYMENTS = 8;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @RepeatedTest(5)
    void concurrentFirstPaymentsOfOneMerchantAllPostAndCreateEachAccountOnce() throws Exception {
        long merchant = TestMerchants.unusedUserId();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CyclicBarrier start = new CyclicBarrier(PAYMENTS);
        List<Future<Long>> posted = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PAYMENTS)) {
            for (int i = 1; i <= PAYMENTS; i++) {
                long total = 1_000L * i;
                posted.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return tx.execute(s -> ledger.post(
                            JournalEntry.Kind.CHARGE,
                            new Ledger.Refs(null, null, null, null),
                            "CHF",
                            "concurrent first payments",
                            List.of(
                                    Leg.debit(AccountKind.BUYER_CLEARING, Ledger.PLATFORM, total),
                                    Leg.credit(AccountKind.MERCHANT_HELD, merchant, total / 10),
                                    Leg.credit(AccountKind.MERCHANT_PENDING, merchant, total - total / 10))));
                }));
            }
            for (Future<Long> entry : posted) {
                assertThat(entry.get(60, TimeUnit.SECONDS)).isNotNull();
            }
        }

        long paid = 1_000L * PAYMENTS * (PAYMENTS + 1) / 2;
        assertThat(balance(AccountKind.MERCHANT_PENDING, merchant) + balance(AccountKind.MERCHANT_HELD, merchant))
                .isEqualTo(-paid);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ledger_account WHERE party_id = ? AND currency = 'CHF'",
                        Long.class,
                        merchant))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM journal_line l JOIN ledger_account a ON a.id = l.account_id"
                                + " WHERE a.party_id = ? AND a.currency = 'CHF'",
                        Long.class,
                        merchant))
                .isEqualTo(2L * PAYMENTS);
    }

    @Test
    void openingAMerchantsAccountsTwiceCreatesEachOnceWithNothingPosted() {
        long merchant = TestMerchants.unusedUserId();
        ledger.openAccounts(merchant, "CHF");
        ledger.openAccounts(merchant, "CHF");

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ledger_account WHERE party_id = ? AND currency = 'CHF' AND balance_minor = 0",
                        Long.class,
                        merchant))
                .isEqualTo(Arrays.stream(AccountKind.values())
                        .filter(AccountKind::merchant)
                        .count());
    }

    private long balance(AccountKind kind, long party) {
        return jdbc.queryForObject(
                "SELECT balance_minor FROM ledger_account WHERE kind = ? AND party_id = ? AND currency = 'CHF'",
                Long.class,
                kind.name(),
                party);
    }
}
