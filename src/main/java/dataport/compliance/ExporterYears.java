package dataport.compliance;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each exporter's people sent abroad through DataPort per calendar year (table compliance_exporter_year, V46). Routing
 * takes the row's lock before reading it, so orders of one exporter are routed one at a time and each sees the
 * lines routed before it; lines that stop counting are taken off again. Runs in the caller's transaction.
 */
@Component
class ExporterYears {

    /** People of non-sensitive and of sensitive personal information. */
    record Totals(long nonSensitive, long sensitive) {

        static final Totals NONE = new Totals(0, 0);
    }

    private final JdbcTemplate jdbc;

    ExporterYears(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the exporter's row of the year (creating it) until the transaction ends and returns the latest committed
     * totals. The insert takes an exclusive lock on an existing row too (ON DUPLICATE KEY), so no two transactions
     * first share the row and then both wait to upgrade (a deadlock an INSERT IGNORE would cause).
     */
    Totals lock(long merchantId, int year) {
        jdbc.update(
                "INSERT INTO compliance_exporter_year (merchant_id, routed_year) VALUES (?, ?) "
                        + "ON DUPLICATE KEY UPDATE merchant_id = merchant_id",
                merchantId,
                year);
        return jdbc.queryForObject(
                "SELECT people_non_sensitive, people_sensitive FROM compliance_exporter_year "
                        + "WHERE merchant_id = ? AND routed_year = ? FOR UPDATE",
                (rs, i) -> new Totals(rs.getLong(1), rs.getLong(2)),
                merchantId,
                year);
    }

    /** The totals without a lock, for previews (what a buyer would get now; routing decides again). */
    Totals read(long merchantId, int year) {
        List<Totals> rows = jdbc.query(
                "SELECT people_non_sensitive, people_sensitive FROM compliance_exporter_year WHERE merchant_id = ? AND routed_year = ?",
                (rs, i) -> new Totals(rs.getLong(1), rs.getLong(2)),
                merchantId,
                year);
        return rows.isEmpty() ? Totals.NONE : rows.getFirst();
    }

    /** Adds (or, negative, takes off) a line's people; the row exists once {@link #lock} ran for the year. */
    void add(long merchantId, int year, long nonSensitive, long sensitive) {
        if (nonSensitive == 0 && sensitive == 0) {
            return;
        }
        jdbc.update(
                "INSERT INTO compliance_exporter_year (merchant_id, routed_year, people_non_sensitive, people_sensitive) "
                        + "VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                        + "people_non_sensitive = people_non_sensitive + VALUES(people_non_sensitive), "
                        + "people_sensitive = people_sensitive + VALUES(people_sensitive)",
                merchantId,
                year,
                nonSensitive,
                sensitive);
    }

    /** Takes a routed line that stops counting off its exporter's totals (once: a second call does nothing). */
    void release(RoutedOrder r) {
        if (r.stopCounting()) {
            add(r.getMerchantId(), r.getRoutedYear(), -r.lineNonSensitive(), -r.lineSensitive());
        }
    }
}
