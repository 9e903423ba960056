package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct JDBC access to the database of the app under test, as someone with database access (an attacker, an
 * auditor) would have it: to read ids the pages do not show and to tamper with evidence records behind the
 * application's back. The database is {@code -De2e.db.url} if given, else the local server's database named by
 * {@code DATAPORT_DATABASE_NAME} (as the app was started with), else {@code dataport_e2e}; user and password
 * {@code DATAPORT_DB_USER} / {@code DATAPORT_DB_PASSWORD}, default {@code dataport}.
 */
final class E2eDatabase {

    static final String URL = System.getProperty(
            "e2e.db.url",
            "jdbc:mysql://127.0.0.1:3306/" + env("DATAPORT_DATABASE_NAME", "dataport_e2e")
                    + "?serverTimezone=UTC&connectionTimeZone=UTC");

    private E2eDatabase() {}

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                URL, env("DATAPORT_DB_USER", "dataport"), env("DATAPORT_DB_PASSWORD", "dataport"));
    }

    /** The order's number as people see it (e.g. on the staff queue). */
    static String orderNumber(long orderId) throws SQLException {
        try (Connection c = connect();
                PreparedStatement q = c.prepareStatement("SELECT order_number FROM customer_order WHERE id = ?")) {
            q.setLong(1, orderId);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("order " + orderId + " exists").isTrue();
                return rs.getString(1);
            }
        }
    }

    /** The trade's certificate id; waits for it, since evidence is written just after the order commits. */
    static String certificateOf(long orderId) throws Exception {
        for (int i = 0; i < 60; i++) {
            try (Connection c = connect();
                    PreparedStatement q =
                            c.prepareStatement("SELECT id FROM evidence_certificate WHERE order_id = ?")) {
                q.setLong(1, orderId);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No certificate for order " + orderId);
    }

    /** The record types of the trade in chain order, e.g. [ORDER_AGREED, ORDER_ROUTED, …]. */
    static java.util.List<String> recordTypes(String certificate) throws SQLException {
        java.util.List<String> types = new java.util.ArrayList<>();
        try (Connection c = connect();
                PreparedStatement q = c.prepareStatement(
                        "SELECT record_type FROM evidence_record WHERE certificate_id = ? ORDER BY seq")) {
            q.setString(1, certificate);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
        }
        return types;
    }

    /**
     * Edits the payload of the trade's record of this type behind the application's back (the append-only trigger
     * dropped, as only the schema's owner can), runs the check, then restores the row and re-creates the trigger
     * exactly as V43 defines it. Other tests' chains stay intact because the row is put back before returning.
     */
    static void whileRecordTampered(String certificate, String recordType, Runnable check) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            long seq;
            String payload;
            try (PreparedStatement q = c.prepareStatement("SELECT seq, payload FROM evidence_record"
                    + " WHERE certificate_id = ? AND record_type = ? ORDER BY seq LIMIT 1")) {
                q.setString(1, certificate);
                q.setString(2, recordType);
                try (ResultSet rs = q.executeQuery()) {
                    assertThat(rs.next()).as(recordType + " record of " + certificate).isTrue();
                    seq = rs.getLong(1);
                    payload = rs.getString(2);
                }
            }
            // Any change of the hashed text is tampering: here the recorded time gets one digit different.
            String forged = payload.replaceFirst("\"recordedAt\":\"(\\d)", "\"recordedAt\":\"9");
            if (forged.equals(payload)) {
                forged = payload.replaceFirst("\"seq\":", "\"forged\":1,\"seq\":");
            }
            assertThat(forged).isNotEqualTo(payload);
            s.execute("DROP TRIGGER IF EXISTS evidence_record_no_update");
            try {
                updatePayload(c, seq, forged);
                check.run();
            } finally {
                updatePayload(c, seq, payload);
                s.execute("CREATE TRIGGER evidence_record_no_update BEFORE UPDATE ON evidence_record FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'evidence_record is append-only'");
            }
        }
    }

    private static void updatePayload(Connection c, long seq, String payload) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE evidence_record SET payload = ? WHERE seq = ?")) {
            u.setString(1, payload);
            u.setLong(2, seq);
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
    }
}
