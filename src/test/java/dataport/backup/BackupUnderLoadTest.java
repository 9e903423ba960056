package dataport.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingDetails;
import dataport.delivery.PaidOrders;
import dataport.evidence.ChainReport;
import dataport.evidence.EvidenceVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup taken while buyers keep paying orders (each payment writes the order, a balanced ledger entry and evidence
 * records in one transaction) restores to one consistent point of the source: the append-only tables hold between
 * what the source had before and after the dump, every restored ledger account's balance is the sum of its lines and
 * every entry balances, the restored rows are the source's rows, and the restored evidence chain verifies and ends
 * on a record the source has with the same hash. Prints the timings for the README ("Backups and restore").
 *
 * <p>Tagged benchmark (about a minute of load plus the application start): {@code ./mvnw test
 * -Dtest=BackupUnderLoadTest -Dsurefire.excludedGroups=}.
 */
@IntegrationTest
@Tag("benchmark")
class BackupUnderLoadTest {

    private static final List<String> APPEND_ONLY =
            List.of("customer_order", "journal_entry", "journal_line", "evidence_record");
    private static final int BUYERS = 4;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Value("${dataport.database.name}")
    String databaseName;

    @Test
    void aBackupTakenWhileOrdersArePaidRestoresToOneConsistentPointOfTheSource() throws Exception {
        PaidOrders paid = new PaidOrders(context);
        ListingDetails listing = paid.listing(DeliveryMode.FILE, l -> true);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ordersPaid = new AtomicInteger();
        AtomicInteger deadlocks = new AtomicInteger();
        ExecutorService buyers = Executors.newFixedThreadPool(BUYERS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            running.add(buyers.submit(() -> {
                while (!stop.get()) {
                    try {
                        paid.paidOrder(listing);
                        ordersPaid.incrementAndGet();
                    } catch (org.springframework.dao.CannotAcquireLockException deadlock) {
                        // Concurrent payments to one merchant can deadlock on its ledger account; the payment rolls
                        // back whole (Stripe would deliver the event again). Counted, not a backup failure.
                        deadlocks.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        PaidOrders.await(() -> ordersPaid.get() >= 2 * BUYERS, "the buyers are paying");

        Database source = Database.fromEnvironment(System.getenv()).named(databaseName);
        Backups backups = new Backups(Clock.systemUTC(), Backups.Tools.find(System.getenv()));
        Path archive = Files.createTempDirectory("dataport-backup-test").resolve("under-load.zip");
        Snapshot before = Snapshot.of(dataSource);
        int paidBefore = ordersPaid.get();
        long started = System.nanoTime();
        Manifest manifest = backups.write(source, archive);
        long backupMillis = (System.nanoTime() - started) / 1_000_000;
        int paidDuring = ordersPaid.get() - paidBefore;
        stop.set(true);
        for (Future<?> buyer : running) {
            buyer.get(60, TimeUnit.SECONDS);
        }
        buyers.shutdown();
        Snapshot after = Snapshot.of(dataSource);

        Database copy = source.named(databaseName + "_restored");
        new JdbcTemplate(copy.server()).execute("DROP DATABASE IF EXISTS `" + copy.name() + "`");
        started = System.nanoTime();
        Backups.Restored restored = backups.restore(archive, copy);
        long restoreMillis = (System.nanoTime() - started) / 1_000_000;
        long rows = manifest.snapshot().rowCounts().values().stream()
                .mapToLong(Long::longValue)
                .sum();

        System.out.printf(
                "Backup under load: %d orders paid during the backup by %d buyers (%d payments rolled back by a"
                        + " deadlock); %,d rows in %d tables, archive %,d"
                        + " bytes; backup (dump + check restore + manifest) %,d ms; restore (checksums + load +"
                        + " compare) %,d ms, of which load %,d ms%n",
                paidDuring,
                BUYERS,
                deadlocks.get(),
                rows,
                manifest.snapshot().rowCounts().size(),
                Files.size(archive),
                backupMillis,
                restoreMillis,
                restored.loadMillis());

        assertThat(paidDuring).as("orders paid while the dump ran").isPositive();
        for (String table : APPEND_ONLY) {
            assertThat(restored.restored().rowCounts().get(table))
                    .as(table)
                    .isBetween(before.rowCounts().get(table), after.rowCounts().get(table));
        }
        JdbcTemplate restoredDb = new JdbcTemplate(copy.dataSource());
        JdbcTemplate sourceDb = new JdbcTemplate(dataSource);
        assertThat(restoredDb.queryForList("SELECT a.id FROM ledger_account a LEFT JOIN (SELECT account_id,"
                        + " SUM(amount_minor) s FROM journal_line GROUP BY account_id) l ON l.account_id = a.id"
                        + " WHERE a.balance_minor <> COALESCE(l.s, 0)"))
                .as("accounts whose balance is not the sum of their lines")
                .isEmpty();
        assertThat(restoredDb.queryForList("SELECT entry_id FROM journal_line GROUP BY entry_id, currency"
                        + " HAVING SUM(amount_minor) <> 0"))
                .as("entries that do not balance")
                .isEmpty();
        String lines = "SELECT id, entry_id, account_id, currency, amount_minor FROM journal_line";
        List<Map<String, Object>> restoredLines = restoredDb.queryForList(lines + " ORDER BY id");
        Object lastLine = restoredLines.getLast().get("id");
        List<Map<String, Object>> sourceLines = sourceDb.queryForList(lines + " WHERE id <= ? ORDER BY id", lastLine);
        assertThat(sourceLines).containsAll(restoredLines);

        ChainReport chain = EvidenceVerifier.verify(copy.dataSource());
        assertThat(chain.valid())
                .as("restored evidence chain verifies: %s", chain.problems())
                .isTrue();
        String[] head = manifest.snapshot().evidenceHead().split(":", 2);
        assertThat(chain.records()).isEqualTo(Long.parseLong(head[0]));
        assertThat(sourceDb.queryForObject(
                        "SELECT hash FROM evidence_record WHERE seq = ?", String.class, Long.parseLong(head[0])))
                .isEqualTo(head[1]);
        assertThat(EvidenceVerifier.verify(dataSource).valid()).isTrue();
    }
}
