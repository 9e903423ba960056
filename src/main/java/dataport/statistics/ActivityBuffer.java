package dataport.statistics;

import java.sql.Types;
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
    private static final String INSERT =
            "INSERT INTO stat_event" + " (at_ms, kind, listing_id, exhibit_id, position, lang, query, results) VALUES ";
    private static final int ROWS_PER_STATEMENT = 500;
    /**
     * The SQL types of one row's values. Given, so that a null is sent as its column's type: without them Spring asks
     * Connector/J for the statement's parameter metadata, which it answers with an exception for every null.
     */
    private static final int[] COLUMN_TYPES = {
        Types.BIGINT,
        Types.VARCHAR,
        Types.BIGINT,
        Types.BIGINT,
        Types.INTEGER,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.BIGINT
    };

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

    /** Rows waiting for the writer. */
    int queued() {
        return queue.size();
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

    /**
     * One multi-row INSERT per {@value #ROWS_PER_STATEMENT} rows: Connector/J sends a JDBC batch as one statement per
     * row unless the URL says {@code rewriteBatchedStatements=true}, which measured ~130 rows/s on a loaded machine.
     */
    void write(List<ActivityEvent> batch) {
        for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
            List<ActivityEvent> rows = batch.subList(from, Math.min(batch.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(INSERT);
            Object[] args = new Object[rows.size() * COLUMN_TYPES.length];
            int[] types = new int[args.length];
            int a = 0;
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
                ActivityEvent e = rows.get(i);
                args[a++] = e.atMs();
                args[a++] = e.kind().name();
                args[a++] = e.listingId();
                args[a++] = e.exhibitId();
                args[a++] = e.position();
                args[a++] = e.lang();
                args[a++] = e.query();
                args[a++] = e.results();
                System.arraycopy(COLUMN_TYPES, 0, types, i * COLUMN_TYPES.length, COLUMN_TYPES.length);
            }
            jdbc.update(sql.toString(), args, types);
        }
    }
}
