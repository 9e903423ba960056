package dataport.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raw activity between the page that caused it and the database: pages offer rows to a bounded in-memory queue (no
 * waiting, no database), and a scheduled writer inserts them in JDBC batches. When the queue is full (the database
 * is away for long), new rows are dropped and counted rather than slowing pages down; rows still queued when a node
 * stops are lost. Both are acceptable for statistics, not for money (orders are counted from the orders module's
 * durable events, see {@link OrderCounting}).
 */
@Component
class ActivityBuffer {

    private static final Logger log = LoggerFactory.getLogger(ActivityBuffer.class);
    private static final int BATCH = 2_000;
    private static final String INSERT = "INSERT INTO stat_event"
            + " (at_ms, kind, listing_id, exhibit_id, position, lang, query, results) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final BlockingQueue<ActivityEvent> queue;
    private final JdbcTemplate jdbc;
    private final AtomicLong dropped = new AtomicLong();

    ActivityBuffer(JdbcTemplate jdbc, @Value("${dataport.statistics.buffer-capacity:200000}") int capacity) {
        this.jdbc = jdbc;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues one row; returns at once. False when the queue was full and the row was dropped. */
    boolean offer(ActivityEvent event) {
        if (queue.offer(event)) {
            return true;
        }
        if (dropped.incrementAndGet() % 10_000 == 1) {
            log.warn("Statistics buffer full: {} activity rows dropped so far", dropped.get());
        }
        return false;
    }

    long dropped() {
        return dropped.get();
    }

    /** Writes everything queued so far; returns how many rows. */
    @Scheduled(initialDelayString = "2s", fixedDelayString = "${dataport.statistics.flush-interval:2s}")
    synchronized int flush() {
        int written = 0;
        List<ActivityEvent> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            try {
                write(batch);
                written += batch.size();
            } catch (RuntimeException e) {
                log.warn("Could not write {} activity rows: {}", batch.size(), e.toString());
                return written;
            } finally {
                batch.clear();
            }
        }
        return written;
    }

    void write(List<ActivityEvent> batch) {
        jdbc.batchUpdate(INSERT, batch, batch.size(), (ps, e) -> {
            ps.setLong(1, e.atMs());
            ps.setString(2, e.kind().name());
            ps.setObject(3, e.listingId());
            ps.setObject(4, e.exhibitId());
            ps.setObject(5, e.position());
            ps.setString(6, e.lang());
            ps.setString(7, e.query());
            ps.setObject(8, e.results());
        });
    }
}
