package dataport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.shared.ScratchDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two app nodes (two throttles, two connection sources) on one database count the same failed sign-ins. */
class SignInThrottleAcrossNodesTest {

    private static final String DATABASE = ScratchDatabase.name("sign_in");

    private Instant now = Instant.parse("2026-11-25T10:00:00.000Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private DataSource database;
    private SignInThrottle nodeA;
    private SignInThrottle nodeB;

    @BeforeEach
    void freshTables() throws Exception {
        database = ScratchDatabase.node(DATABASE);
        ScratchDatabase.createFresh(
                database, "sign_in_failure, sign_in_block, cluster_generation", "V72__shared_node_state.sql");
        nodeA = new SignInThrottle(clock, ScratchDatabase.node(DATABASE));
        nodeB = new SignInThrottle(clock, ScratchDatabase.node(DATABASE));
    }

    @Test
    void failuresSpreadOverTwoNodesBlockTheAccountOnBoth() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            SignInThrottle node = i % 2 == 0 ? nodeA : nodeB;
            assertThat(node.isBlocked("ann@example.com", "10.0.0." + i)).isFalse();
            node.failed("ann@example.com", "10.0.0." + i);
            now = now.plus(Duration.ofMinutes(2));
        }

        assertThat(nodeA.isBlocked("ANN@example.com", "10.9.9.9")).isTrue();
        assertThat(nodeB.isBlocked("ann@example.com", "10.9.9.9")).isTrue();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(nodeB.isBlocked("ann@example.com", "10.9.9.9")).isFalse();
    }

    @Test
    void aRightPasswordOnOneNodeClearsTheAccountsCountOnTheOther() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            nodeA.failed("bob@example.com", "10.0.1." + i);
        }
        nodeB.succeeded("bob@example.com");
        nodeA.failed("bob@example.com", "10.0.2.1");

        assertThat(nodeA.isBlocked("bob@example.com", "10.0.3.1")).isFalse();
    }

    @Test
    void theClusterJobDeletesFailuresAndBlocksThatNoLongerCount() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            nodeA.failed("cat@example.com", "10.0.4." + i);
        }
        nodeA.failed("dan@example.com", "10.0.5.1");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_block", Integer.class))
                .isEqualTo(1);

        now = now.plus(SignInThrottle.BLOCK).plus(Duration.ofSeconds(1));
        nodeB.forgetOldRowsOnce();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_block", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_failure", Integer.class))
                .isZero();
    }

    @Test
    void withoutItsDatabaseANodeStillThrottlesOnItsOwn() {
        SignInThrottle alone =
                new SignInThrottle(clock, new DriverManagerDataSource("jdbc:mysql://127.0.0.1:1/none", "x", "y"));
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            alone.failed("eve@example.com", null);
        }

        assertThat(alone.isBlocked("eve@example.com", null)).isTrue();
    }
}
