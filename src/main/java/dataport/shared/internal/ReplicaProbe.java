package dataport.shared.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks, every few seconds and over connections of its own (short timeouts, outside the pools), whether the primary
 * answers and how far the replica is behind ({@code SHOW REPLICA STATUS}, {@code Seconds_Behind_Master}), and tells
 * the {@link ReplicaMonitor}. A server that is not replicating at all (an empty status, e.g. a test pointing the
 * "replica" at the primary itself) counts as current.
 */
final class ReplicaProbe implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaProbe.class);

    private final String primaryUrl;
    private final String replicaUrl;
    private final Properties credentials;
    private final ReplicaMonitor monitor;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replica-probe");
        thread.setDaemon(true);
        return thread;
    });

    ReplicaProbe(String primaryUrl, String replicaUrl, String user, String password, ReplicaMonitor monitor) {
        this.primaryUrl = primaryUrl;
        this.replicaUrl = replicaUrl;
        this.monitor = monitor;
        this.credentials = new Properties();
        credentials.setProperty("user", user == null ? "" : user);
        credentials.setProperty("password", password == null ? "" : password);
        credentials.setProperty("connectTimeout", "1500");
        credentials.setProperty("socketTimeout", "3000");
    }

    void start(Duration interval) {
        probe();
        scheduler.scheduleWithFixedDelay(this::probe, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void probe() {
        boolean primaryAnswers = answers(primaryUrl);
        boolean replicaAnswers = false;
        Long secondsBehind = null;
        try (Connection connection = DriverManager.getConnection(replicaUrl, credentials);
                Statement statement = connection.createStatement();
                ResultSet status = statement.executeQuery("SHOW SLAVE STATUS")) {
            replicaAnswers = true;
            if (status.next()) {
                long lag = status.getLong("Seconds_Behind_Master");
                secondsBehind = status.wasNull() ? null : lag;
            } else {
                secondsBehind = 0L;
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("Replica probe failed: {}", e.getMessage());
        }
        monitor.record(replicaAnswers, secondsBehind, primaryAnswers);
    }

    private boolean answers(String url) {
        try (Connection connection = DriverManager.getConnection(url, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
