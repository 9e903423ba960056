package dataport.statistics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that moves whenever the figures the statistics pages read change: after each day's roll-up, a month's
 * rebuild and each newly counted order, once their transaction has committed (so a reader that sees the new number
 * also sees the new rows). Caches of drawn figures ({@link FigureCache}) keep what they drew for one number only.
 *
 * <p>With several app nodes the roll-up runs on one of them (a cluster lock): each change therefore also moves a
 * counter in the database (table {@code cluster_generation}, row {@code statistics}), which every node reads at most
 * every {@link #POLL}, so the other nodes' caches let go of old figures within that time. The number is this node's
 * own count plus the shared one: both only grow, so the sum moves whenever either does.
 */
@Component
public class StatisticsGeneration {

    private static final Logger log = LoggerFactory.getLogger(StatisticsGeneration.class);
    static final Duration POLL = Duration.ofSeconds(2);

    private final AtomicLong generation = new AtomicLong();
    private final DataSource shared;
    private final long pollNanos;
    private volatile long sharedValue;
    private volatile long sharedReadAt;
    private volatile boolean sharedReadOnce;

    /** This node's changes only: for unit tests. */
    public StatisticsGeneration() {
        this(null, POLL);
    }

    @Autowired
    StatisticsGeneration(DataSource shared) {
        this(shared, POLL);
    }

    StatisticsGeneration(DataSource shared, Duration poll) {
        this.shared = shared;
        this.pollNanos = poll.toNanos();
    }

    public long current() {
        return generation.get() + sharedGeneration();
    }

    /** The figures changed: moves the number now, or when the current transaction commits. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    moved();
                }
            });
        } else {
            moved();
        }
    }

    private void moved() {
        generation.incrementAndGet();
        if (shared == null) {
            return;
        }
        // A connection of its own: after commit, the finished transaction's connection no longer commits.
        try (Connection connection = shared.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate("INSERT INTO cluster_generation (name, counter) VALUES ('statistics', 1)"
                    + " ON DUPLICATE KEY UPDATE counter = counter + 1");
        } catch (SQLException | RuntimeException e) {
            log.warn("Statistics: could not tell the other nodes that the figures changed ({})", e.toString());
        }
    }

    private long sharedGeneration() {
        if (shared == null) {
            return 0;
        }
        long now = System.nanoTime();
        if (!sharedReadOnce || now - sharedReadAt >= pollNanos) {
            sharedReadAt = now;
            sharedReadOnce = true;
            try (Connection connection = shared.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT counter FROM cluster_generation WHERE name = 'statistics'")) {
                sharedValue = rs.next() ? rs.getLong(1) : 0;
            } catch (SQLException | RuntimeException e) {
                log.debug("Statistics: shared generation not readable ({})", e.toString());
            }
        }
        return sharedValue;
    }
}
