package dataport.statistics;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns raw activity into daily figures, and deletes raw activity past its retention period.
 *
 * <p>A day's roll-up replaces that day's rows in one transaction (delete, then insert from the raw rows), so rolling
 * up a day twice gives the same figures, and a reader never sees half a day. Days are Asia/Shanghai days: a view at
 * 23:59 and one at 00:01 Shanghai time fall on different days whatever the server's zone.
 */
@Service
public class RollUp {

    private static final Logger log = LoggerFactory.getLogger(RollUp.class);
    private static final int DELETE_CHUNK = 50_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ActivityBuffer buffer;
    private final Clock clock;
    private final Duration retention;
    private final StatisticsGeneration generation;

    RollUp(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ActivityBuffer buffer,
            Clock clock,
            @Value("${dataport.statistics.retention:90d}") Duration retention,
            StatisticsGeneration generation) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.buffer = buffer;
        this.clock = clock;
        this.retention = retention;
        this.generation = generation;
    }

    /** Rolls up one Shanghai day from the raw rows; returns how many raw rows it read. */
    @Transactional
    public long day(LocalDate day) {
        long from = Days.start(day);
        long to = Days.end(day);
        String d = day.toString();
        String month = day.withDayOfMonth(1).toString();
        jdbc.update("DELETE FROM stat_listing_day WHERE day = ?", d);
        // The month's searches lose this day's old figures before the day is counted again (added back below).
        jdbc.update(
                "UPDATE stat_query_month m JOIN stat_query_day q ON q.day = ? AND m.month = ? AND m.lang = q.lang"
                        + " AND m.query = q.query SET m.searches = m.searches - q.searches,"
                        + " m.no_results = m.no_results - q.no_results",
                d,
                month);
        jdbc.update("DELETE FROM stat_query_day WHERE day = ?", d);
        jdbc.update("DELETE FROM stat_listing_query_day WHERE day = ?", d);
        jdbc.update("DELETE FROM stat_exhibit_day WHERE day = ?", d);
        jdbc.update(
                "INSERT INTO stat_listing_day (day, listing_id, views, impressions, clicks)"
                        + " SELECT ?, listing_id, SUM(kind = 'VIEW'), SUM(kind = 'IMPRESSION'), SUM(kind = 'CLICK')"
                        + " FROM stat_event WHERE at_ms >= ? AND at_ms < ? AND listing_id IS NOT NULL"
                        + " AND kind IN ('VIEW', 'IMPRESSION', 'CLICK') GROUP BY listing_id",
                d,
                from,
                to);
        jdbc.update(
                "INSERT INTO stat_query_day (day, lang, query, searches, no_results)"
                        + " SELECT ?, lang, query, COUNT(*), SUM(results = 0) FROM stat_event"
                        + " WHERE at_ms >= ? AND at_ms < ? AND kind = 'SEARCH' GROUP BY lang, query",
                d,
                from,
                to);
        jdbc.update(
                "INSERT INTO stat_query_month (month, lang, query, searches, no_results)"
                        + " SELECT ?, lang, query, searches, no_results FROM stat_query_day WHERE day = ?"
                        + " ON DUPLICATE KEY UPDATE searches = stat_query_month.searches + VALUES(searches),"
                        + " no_results = stat_query_month.no_results + VALUES(no_results)",
                month,
                d);
        jdbc.update("DELETE FROM stat_query_month WHERE month = ? AND searches = 0", month);
        jdbc.update(
                "INSERT INTO stat_listing_query_day (day, listing_id, lang, query, clicks)"
                        + " SELECT ?, listing_id, lang, query, COUNT(*) FROM stat_event"
                        + " WHERE at_ms >= ? AND at_ms < ? AND kind = 'CLICK' AND query <> ''"
                        + " GROUP BY listing_id, lang, query",
                d,
                from,
                to);
        jdbc.update(
                "INSERT INTO stat_exhibit_day (day, exhibit_id, views) SELECT ?, exhibit_id, COUNT(*)"
                        + " FROM stat_event WHERE at_ms >= ? AND at_ms < ? AND kind = 'EXHIBIT' GROUP BY exhibit_id",
                d,
                from,
                to);
        crossBorder(d);
        Long events = jdbc.queryForObject(
                "SELECT COUNT(*) FROM stat_event WHERE at_ms >= ? AND at_ms < ?", Long.class, from, to);
        jdbc.update(
                "INSERT INTO stat_rollup (day, rolled_at_ms, events) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE rolled_at_ms = VALUES(rolled_at_ms), events = VALUES(events)",
                d,
                clock.millis(),
                events);
        generation.changed();
        return events == null ? 0 : events;
    }

    /**
     * The day's cross-border figures from the decisions stored by {@link CrossBorderCounting}: orders routed abroad
     * by data grade and outcome, assessment decisions by turnaround band and decision, closed spot checks by data
     * grade and finding.
     */
    private void crossBorder(String d) {
        jdbc.update("DELETE FROM stat_cross_border_day WHERE day = ?", d);
        jdbc.update(
                "INSERT INTO stat_cross_border_day (day, chart, k1, k2, n) SELECT day, 'ROUTING', classification,"
                        + " outcome, COUNT(*) FROM stat_routing WHERE day = ? GROUP BY classification, outcome",
                d);
        jdbc.update(
                "INSERT INTO stat_cross_border_day (day, chart, k1, k2, n) SELECT day, 'TURNAROUND', band, decision,"
                        + " COUNT(*) FROM (SELECT day, decision, CASE WHEN turnaround_minutes IS NULL THEN 'UNKNOWN'"
                        + " WHEN turnaround_minutes < 1440 THEN 'UNDER_1_DAY' WHEN turnaround_minutes < 4320"
                        + " THEN 'DAYS_1_TO_3' WHEN turnaround_minutes < 10080 THEN 'DAYS_3_TO_7'"
                        + " WHEN turnaround_minutes < 20160 THEN 'DAYS_7_TO_14' ELSE 'OVER_14_DAYS' END band"
                        + " FROM stat_assessment WHERE day = ?) a GROUP BY day, band, decision",
                d);
        jdbc.update(
                "INSERT INTO stat_cross_border_day (day, chart, k1, k2, n) SELECT day, 'SPOT_CHECK', classification,"
                        + " finding, COUNT(*) FROM stat_spot_check WHERE day = ? GROUP BY classification, finding",
                d);
    }

    /**
     * Rebuilds one month of {@code stat_trade_month} from the paid orders (which {@link OrderCounting} keeps up to
     * date as orders are paid): for repairs and for the benchmark's generated orders. Idempotent.
     */
    @Transactional
    public long tradeMonth(YearMonth month) {
        String first = month.atDay(1).toString();
        jdbc.update("DELETE FROM stat_trade_month WHERE month = ?", first);
        generation.changed();
        return jdbc.update(
                "INSERT INTO stat_trade_month (month, track, category, origin, country, buyer_country, currency,"
                        + " orders, total_minor) SELECT ?, COALESCE(track, ''), COALESCE(category, ''),"
                        + " COALESCE(origin, ''), COALESCE(country, ''), COALESCE(buyer_country, ''), currency,"
                        + " COUNT(*), SUM(total_minor) FROM stat_order WHERE day >= ? AND day < ?"
                        + " GROUP BY 2, 3, 4, 5, 6, 7",
                first,
                first,
                month.plusMonths(1).atDay(1).toString());
    }

    /**
     * Staff's "Roll up now": writes what is buffered, then rolls up yesterday and today (Shanghai), so the pages show
     * the latest activity without waiting for the night.
     */
    @RolesAllowed("ADMIN")
    public void now() {
        recent();
    }

    /** Every night shortly after midnight Shanghai time, and every hour for today's figures so far. */
    @Scheduled(cron = "${dataport.statistics.rollup-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "statistics.roll-up", lockAtMostFor = "PT50M", lockAtLeastFor = "PT5M")
    void recent() {
        buffer.flush();
        LocalDate today = LocalDate.now(clock.withZone(Days.ZONE));
        transactions.executeWithoutResult(s -> day(today.minusDays(1)));
        transactions.executeWithoutResult(s -> day(today));
        deleteExpired();
    }

    /** Deletes raw rows older than the retention period (default 90 days), in chunks so no lock is held for long. */
    public long deleteExpired() {
        long before = clock.millis() - retention.toMillis();
        long deleted = 0;
        int chunk;
        do {
            chunk = jdbc.update("DELETE FROM stat_event WHERE at_ms < ? LIMIT " + DELETE_CHUNK, before);
            deleted += chunk;
        } while (chunk == DELETE_CHUNK);
        if (deleted > 0) {
            log.info("Deleted {} raw statistics rows older than {}", deleted, retention);
        }
        return deleted;
    }

    Duration retention() {
        return retention;
    }
}
