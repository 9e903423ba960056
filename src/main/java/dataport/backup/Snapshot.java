package dataport.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database holds, in figures two copies can be compared by: rows per table, the settlement ledger's balance per
 * account (the sum of its journal lines), the evidence chain's head, and the schema's Flyway version.
 *
 * @param rowCounts rows per base table, by name
 * @param ledgerBalances sum of journal lines (minor units) per ledger account id; empty without a ledger
 * @param evidenceHead the chain's last sequence number and hash ({@code "0:"} when empty); null without a chain
 * @param flywayVersion the highest successfully applied migration version; null without Flyway history
 */
public record Snapshot(
        Map<String, Long> rowCounts, Map<String, Long> ledgerBalances, String evidenceHead, String flywayVersion) {

    /** Measures {@code database} in one read-only, repeatable-read transaction (one point in time). */
    public static Snapshot of(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        return jdbc.execute((ConnectionCallback<Snapshot>) connection -> {
            connection.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
            try (var start = connection.createStatement()) {
                start.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            }
            try {
                return measure(connection);
            } finally {
                try (var end = connection.createStatement()) {
                    end.execute("COMMIT");
                }
            }
        });
    }

    private static Snapshot measure(java.sql.Connection connection) throws java.sql.SQLException {
        List<String> tables = new ArrayList<>();
        try (var rs = connection
                .createStatement()
                .executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        Map<String, Long> ledger = new TreeMap<>();
        if (tables.contains("journal_line")) {
            try (var rs = connection
                    .createStatement()
                    .executeQuery("SELECT account_id, SUM(amount_minor) FROM journal_line GROUP BY account_id")) {
                while (rs.next()) {
                    ledger.put(Long.toString(rs.getLong(1)), rs.getLong(2));
                }
            }
        }
        String head = null;
        if (tables.contains("evidence_chain_head")) {
            try (var rs = connection
                    .createStatement()
                    .executeQuery("SELECT last_seq, last_hash FROM evidence_chain_head WHERE id = 1")) {
                head = rs.next() ? rs.getLong(1) + ":" + (rs.getString(2) == null ? "" : rs.getString(2)) : "0:";
            }
        }
        String flyway = null;
        if (tables.contains("flyway_schema_history")) {
            try (var rs = connection
                    .createStatement()
                    .executeQuery(
                            "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (flyway == null || compareVersions(version, flyway) > 0) {
                        flyway = version;
                    }
                }
            }
        }
        return new Snapshot(counts, ledger, head, flyway);
    }

    /** Compares Flyway versions part by part as numbers: 70 is after 8, 1.10 after 1.9. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    /** The differences from {@code other}, one line each; empty when both hold the same. */
    public List<String> differencesFrom(Snapshot other) {
        List<String> differences = new ArrayList<>();
        for (String table : union(rowCounts, other.rowCounts)) {
            Long mine = rowCounts.get(table);
            Long theirs = other.rowCounts.get(table);
            if (!java.util.Objects.equals(mine, theirs)) {
                differences.add("table " + table + ": " + mine + " rows here, " + theirs + " there");
            }
        }
        for (String account : union(ledgerBalances, other.ledgerBalances)) {
            Long mine = ledgerBalances.get(account);
            Long theirs = other.ledgerBalances.get(account);
            if (!java.util.Objects.equals(mine, theirs)) {
                differences.add("ledger account " + account + ": balance " + mine + " here, " + theirs + " there");
            }
        }
        if (!java.util.Objects.equals(evidenceHead, other.evidenceHead)) {
            differences.add("evidence chain head: " + evidenceHead + " here, " + other.evidenceHead + " there");
        }
        if (!java.util.Objects.equals(flywayVersion, other.flywayVersion)) {
            differences.add("schema version: " + flywayVersion + " here, " + other.flywayVersion + " there");
        }
        return differences;
    }

    private static java.util.SortedSet<String> union(Map<String, Long> a, Map<String, Long> b) {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
