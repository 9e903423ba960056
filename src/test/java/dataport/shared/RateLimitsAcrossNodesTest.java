package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/** Two app nodes (two {@link RateLimits}, two connection sources) on one database spend from one budget. */
class RateLimitsAcrossNodesTest {

    private static final String DATABASE = ScratchDatabase.name("rate_limits");

    private DataSource database;

    @BeforeEach
    void freshBucketTable() throws Exception {
        database = ScratchDatabase.node(DATABASE);
        ScratchDatabase.createFresh(database, "rate_limit_bucket", "V71__rate_limit_buckets.sql");
    }

    /** A node whose search and sign-in budgets are both {@code budget}. */
    private static RateLimits node(DataSource source, String budget) {
        return new RateLimits(
                new MockEnvironment()
                        .withProperty("dataport.rate-limits.search", budget)
                        .withProperty("dataport.rate-limits.sign-in", budget),
                source);
    }

    @Test
    void aClientSpendsOneBudgetWhicheverNodeAnswers() {
        RateLimits a = node(ScratchDatabase.node(DATABASE), "3/PT1M");
        RateLimits b = node(ScratchDatabase.node(DATABASE), "3/PT1M");

        a.check(RateLimit.SIGN_IN, "203.0.113.7");
        b.check(RateLimit.SIGN_IN, "203.0.113.7");
        a.check(RateLimit.SIGN_IN, "203.0.113.7");

        assertThatThrownBy(() -> b.check(RateLimit.SIGN_IN, "203.0.113.7"))
                .isInstanceOfSatisfying(RateLimitedException.class, limited -> {
                    assertThat(limited.limit()).isEqualTo(RateLimit.SIGN_IN);
                    assertThat(limited.retryAfterSeconds()).isBetween(19L, 20L);
                });
        assertThatThrownBy(() -> a.check(RateLimit.SIGN_IN, "203.0.113.7")).isInstanceOf(RateLimitedException.class);
        // Another client and another limit have budgets of their own.
        assertThatCode(() -> b.check(RateLimit.SIGN_IN, "198.51.100.1")).doesNotThrowAnyException();
        assertThatCode(() -> b.check(RateLimit.SIGN_UP, "203.0.113.7")).doesNotThrowAnyException();
    }

    @Test
    void manyRequestsAtOnceOnTwoNodesSpendExactlyTheBudget() throws Exception {
        RateLimits a = node(ScratchDatabase.node(DATABASE), "50/PT1H");
        RateLimits b = node(ScratchDatabase.node(DATABASE), "50/PT1H");

        assertThat(spendConcurrently(a, b, RateLimit.SIGN_IN, 80)).isEqualTo(50);
    }

    @Test
    void searchesShareTheBudgetAcrossNodesWithinTheUnsynchronisedAllowance() throws Exception {
        RateLimits a = node(ScratchDatabase.node(DATABASE), "50/PT1H");
        RateLimits b = node(ScratchDatabase.node(DATABASE), "50/PT1H");

        int allowed = spendConcurrently(a, b, RateLimit.SEARCH, 200);

        // Alone, each node would allow 50: together at most 50 plus what each answered from its own copy.
        assertThat(allowed).isBetween(50, 50 + 2 * RateLimits.SEARCH_UNSYNCED_TOKENS);
    }

    private static int spendConcurrently(RateLimits a, RateLimits b, RateLimit limit, int requests) throws Exception {
        java.util.concurrent.atomic.AtomicInteger allowed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < requests; i++) {
            RateLimits node = i % 2 == 0 ? a : b;
            calls.add(pool.submit(() -> {
                try {
                    node.check(limit, "203.0.113.9");
                    allowed.incrementAndGet();
                } catch (RateLimitedException refused) {
                    // over the budget
                }
            }));
        }
        for (var call : calls) {
            call.get();
        }
        pool.shutdown();
        return allowed.get();
    }

    @Test
    void restedBucketsAreDeletedAndBusyOnesKept() {
        RateLimits a = node(database, "2/PT1M");
        a.check(RateLimit.SEARCH, "203.0.113.7");
        a.check(RateLimit.SEARCH, "198.51.100.1");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        // One bucket's expiry has passed (as after its refill and the minute kept afterwards).
        jdbc.update("UPDATE rate_limit_bucket SET expires_at = 1 WHERE id = 'search:198.51.100.1'");

        a.forgetRestedClients();

        assertThat(jdbc.queryForList("SELECT id FROM rate_limit_bucket", String.class))
                .containsExactly("search:203.0.113.7");
    }

    @Test
    void whenTheDatabaseCannotBeReachedTheNodeStillLimitsOnItsOwn() {
        DriverManagerDataSource nowhere = new DriverManagerDataSource("jdbc:mysql://127.0.0.1:1/none", "x", "y");
        RateLimits alone = node(nowhere, "2/PT1M");

        alone.check(RateLimit.SEARCH, "203.0.113.7");
        alone.check(RateLimit.SEARCH, "203.0.113.7");

        assertThatThrownBy(() -> alone.check(RateLimit.SEARCH, "203.0.113.7")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void aVeryLongClientKeyFitsTheTable() {
        RateLimits a = node(database, "1/PT1M");
        String longAccount = "x".repeat(240) + "@example.com";
        for (int i = 0; i < 5; i++) {
            a.check(RateLimit.PASSWORD_RESET, longAccount);
        }

        assertThatThrownBy(() -> a.check(RateLimit.PASSWORD_RESET, longAccount))
                .isInstanceOf(RateLimitedException.class);
    }

    /** Figures for the README: a shared check's cost, and a search's with its local allowance (a fraction of it). */
    @Test
    void aSearchCheckCostsAFractionOfAFullyDatabaseBackedCheck() {
        RateLimits a = node(pooled(), "1000000/PT1M");
        for (int i = 0; i < 100; i++) {
            a.check(RateLimit.SIGN_IN, "warm-up");
            a.check(RateLimit.SEARCH, "warm-up");
        }
        int n = 500;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            a.check(RateLimit.SIGN_IN, "client-" + (i % 20));
        }
        double shared = (System.nanoTime() - started) / 1_000.0 / n;
        started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            a.check(RateLimit.SEARCH, "client-" + (i % 20));
        }
        double search = (System.nanoTime() - started) / 1_000.0 / n;
        System.out.printf(
                "RateLimits: %.0f µs per database-backed check (sign-in etc.), %.0f µs per search check"
                        + " (synchronised every %d requests or %s per client) over %d requests each%n",
                shared, search, RateLimits.SEARCH_UNSYNCED_TOKENS, RateLimits.SEARCH_SYNC_EVERY, n);
        assertThat(search).isLessThan(shared / 2);
    }

    private static DataSource pooled() {
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
        pool.setJdbcUrl("jdbc:mysql://127.0.0.1:3306/" + DATABASE + "?serverTimezone=UTC");
        pool.setUsername("dataport");
        pool.setPassword("dataport");
        pool.setMaximumPoolSize(4);
        return pool;
    }
}
