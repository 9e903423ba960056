package dataport.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The routing decisions of the read-replica data source, against the test MariaDB: the "primary" and the "replica"
 * are two pools on the SAME server whose connections label themselves ({@code @dataport_pool}), so this proves which
 * pool a transaction reads from, not that a real replica replicates (the cluster's failover suite does that).
 */
class ReadReplicaRoutingTest {

    private static final String URL = "jdbc:mysql://127.0.0.1:"
            + System.getenv().getOrDefault("DATAPORT_DB_PORT", "3306") + "/?characterEncoding=UTF-8&serverTimezone=UTC";

    private static HikariDataSource primary;
    private static HikariDataSource replica;

    private final ReplicaMonitor monitor = new ReplicaMonitor(Duration.ofSeconds(10));
    private final LazyConnectionDataSourceProxy dataSource =
            ReadReplicaConfiguration.routing(primary, replica, monitor);

    @BeforeAll
    static void pools() {
        primary = pool("primary");
        replica = pool("replica");
    }

    @AfterAll
    static void close() {
        primary.close();
        replica.close();
    }

    private static HikariDataSource pool(String label) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setUsername("dataport");
        config.setPassword("dataport");
        config.setMaximumPoolSize(2);
        config.setConnectionInitSql("SET @dataport_pool = '" + label + "'");
        return new HikariDataSource(config);
    }

    private String poolUsedBy(String transactionName, boolean readOnly) {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transaction.setName(transactionName);
        transaction.setReadOnly(readOnly);
        return transaction.execute(
                status -> new JdbcTemplate(dataSource).queryForObject("SELECT @dataport_pool", String.class));
    }

    @Test
    void aReadOnlyTransactionOfAServiceMarkedStaleReadsAllowedReadsFromTheCurrentReplica() {
        monitor.record(true, 0L, true);
        assertThat(poolUsedBy("dataport.catalog.BrowseService.publishedBy", true))
                .isEqualTo("replica");
    }

    @Test
    void aMarkedMethodOfAnUnmarkedServiceReadsFromTheReplicaButItsOtherMethodsDoNot() {
        monitor.record(true, 0L, true);
        assertThat(poolUsedBy("dataport.catalog.CatalogService.findPublished", true))
                .isEqualTo("replica");
        assertThat(poolUsedBy("dataport.catalog.CatalogService.publishedIds", true))
                .isEqualTo("primary");
    }

    @Test
    void unmarkedReadOnlyTransactionsAndAllWritingTransactionsUseThePrimary() {
        monitor.record(true, 0L, true);
        assertThat(poolUsedBy("dataport.accounts.AccountService.find", true)).isEqualTo("primary");
        assertThat(poolUsedBy("dataport.catalog.BrowseService.publishedBy", false))
                .isEqualTo("primary");
        assertThat(poolUsedBy("no.such.Type.method", true)).isEqualTo("primary");
    }

    @Test
    void aReplicaLaggingMoreThanTheLimitOrNotAnsweringSendsReadsToThePrimary() {
        monitor.record(true, 11L, true);
        assertThat(poolUsedBy("dataport.catalog.BrowseService.publishedBy", true))
                .isEqualTo("primary");
        monitor.record(true, null, true);
        assertThat(poolUsedBy("dataport.catalog.BrowseService.publishedBy", true))
                .isEqualTo("primary");
        monitor.record(false, null, true);
        assertThat(poolUsedBy("dataport.catalog.BrowseService.publishedBy", true))
                .isEqualTo("primary");
        monitor.record(true, 10L, true);
        assertThat(poolUsedBy("dataport.catalog.BrowseService.publishedBy", true))
                .isEqualTo("replica");
    }

    @Test
    void withThePrimaryDownTheReplicaServesMarkedReadsWhateverItsLag() {
        monitor.record(true, null, false);
        assertThat(poolUsedBy("dataport.catalog.BrowseService.publishedBy", true))
                .isEqualTo("replica");
        monitor.record(false, null, false);
        assertThat(monitor.replicaUsable()).isFalse();
    }

    @Test
    void theProbeFindsAServerThatIsNotReplicatingCurrentAndAnUnreachableOneUnusable() {
        ReplicaMonitor probed = new ReplicaMonitor(Duration.ofSeconds(10));
        try (ReplicaProbe probe = new ReplicaProbe(URL, URL, "dataport", "dataport", probed)) {
            probe.probe();
            assertThat(probed.replicaUsable()).as(probed.reason()).isTrue();
        }
        try (ReplicaProbe probe =
                new ReplicaProbe(URL, "jdbc:mysql://127.0.0.1:1/?connectTimeout=500", "dataport", "dataport", probed)) {
            probe.probe();
            assertThat(probed.replicaUsable()).isFalse();
            assertThat(probed.reason()).isEqualTo("replica does not answer");
        }
    }
}
