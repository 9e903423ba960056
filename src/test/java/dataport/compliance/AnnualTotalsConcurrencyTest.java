package dataport.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.audit.AuditService;
import dataport.catalog.DataClassification;
import dataport.catalog.ListingDetails;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two orders of one exporter placed at the same moment are routed one after the other, the second on both totals. */
@IntegrationTest
class AnnualTotalsConcurrencyTest {

    private static final long PEOPLE = 60_000;

    @Autowired
    ApplicationContext context;

    @Autowired
    ExporterYears years;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSecondOfTwoSimultaneousOrdersSeesTheFirstOrdersPeople() throws Exception {
        CrossBorderFixtures f = new CrossBorderFixtures(context);
        // Another exporter than the one CrossBorderRoutingTest counts from a low total (its first GENERAL listing's).
        long counted =
                f.listing(DataClassification.GENERAL, l -> true).merchant().id();
        ListingDetails general =
                f.listing(DataClassification.GENERAL, l -> l.merchant().id() != counted);
        f.declare(general.id(), CrossBorderFixtures.personal(PEOPLE));
        long merchant = general.merchant().id();
        int year = LocalDate.now(AuditService.ZONE).getYear();

        // Hold the exporter's row on a connection of our own, so both orders get as far as routing (their snapshots
        // taken) and wait there together.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "INSERT INTO compliance_exporter_year (merchant_id, routed_year) VALUES (?, ?) "
                            + "ON DUPLICATE KEY UPDATE merchant_id = merchant_id")) {
                lock.setLong(1, merchant);
                lock.setInt(2, year);
                lock.executeUpdate();
            }
            CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> f.order(general, "SG"), pool);
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> f.order(general, "SG"), pool);
            awaitLockWaits(2, first, second);
            holder.commit();

            List<Long> orders = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
            List<Long> priors = orders.stream()
                    .map(o -> jdbc.queryForObject(
                            "SELECT prior_non_sensitive FROM compliance_routing WHERE order_id = ?", Long.class, o))
                    .sorted()
                    .toList();
            assertThat(priors.get(1) - priors.get(0))
                    .as("the later order's prior total includes the earlier order's people")
                    .isEqualTo(PEOPLE);
        } finally {
            pool.shutdownNow();
        }
        assertThat(years.read(merchant, year).nonSensitive())
                .as("the running total is the sum of the lines that count")
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COALESCE(SUM(individuals), 0) FROM compliance_routing WHERE merchant_id = ? "
                                + "AND routed_year = ? AND counts_to_total AND personal_info = 'NON_SENSITIVE'",
                        Long.class,
                        merchant,
                        year));
    }

    /** Waits until {@code count} orders wait at the exporter's row (their routing statements are blocked on it). */
    private void awaitLockWaits(int count, CompletableFuture<?>... orders) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (CompletableFuture<?> order : orders) {
                if (order.isDone()) {
                    order.get(); // an order that failed says why; one that finished did not wait
                    throw new AssertionError("An order was routed while the exporter's row was held");
                }
            }
            // The process list shows the application account's own connections without the PROCESS privilege.
            Long waiting = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM information_schema.processlist WHERE db = DATABASE() AND command = 'Query' "
                            + "AND info LIKE 'INSERT INTO compliance_exporter_year%'",
                    Long.class);
            if (waiting != null && waiting >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The orders never waited for the exporter's row");
    }
}
