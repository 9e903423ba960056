package dataport.evidence;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes the evidence tables behind the application's back, as an attacker with database access would. The
 * append-only triggers refuse UPDATE and DELETE, so this drops them first (the database account that runs Flyway owns
 * them and may) and puts them back afterwards, exactly as V43/V44 define them. Every tampering test restores the rows
 * it changed, so the shared test database keeps a valid chain.
 */
public class ChainTampering {

    private static final Map<String, String> TRIGGERS = Map.of(
            "evidence_record_no_update", "BEFORE UPDATE ON evidence_record",
            "evidence_record_no_delete", "BEFORE DELETE ON evidence_record",
            "evidence_checkpoint_no_update", "BEFORE UPDATE ON evidence_checkpoint",
            "evidence_checkpoint_no_delete", "BEFORE DELETE ON evidence_checkpoint");

    private final JdbcTemplate jdbc;

    public ChainTampering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code tampering} with the triggers dropped; they are back when this returns, whatever happened. */
    public void withoutTriggers(Runnable tampering) {
        TRIGGERS.keySet().forEach(name -> jdbc.execute("DROP TRIGGER IF EXISTS " + name));
        try {
            tampering.run();
        } finally {
            TRIGGERS.forEach((name, on) -> {
                String table = on.substring(on.lastIndexOf(' ') + 1);
                jdbc.execute("CREATE TRIGGER " + name + " " + on + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET"
                        + " MESSAGE_TEXT = '" + table + " is append-only'");
            });
        }
    }

    public Map<String, Object> row(long seq) {
        return jdbc.queryForMap("SELECT * FROM evidence_record WHERE seq = ?", seq);
    }

    public List<Map<String, Object>> rowsFrom(long seq) {
        return jdbc.queryForList("SELECT * FROM evidence_record WHERE seq >= ? ORDER BY seq", seq);
    }

    public void insert(Map<String, Object> row) {
        jdbc.update(
                "INSERT INTO evidence_record (seq, certificate_id, record_type, recorded_at, payload, prev_hash, hash,"
                        + " dedup_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("seq"),
                row.get("certificate_id"),
                row.get("record_type"),
                time(row.get("recorded_at")),
                row.get("payload"),
                row.get("prev_hash"),
                row.get("hash"),
                row.get("dedup_key"));
    }

    /** As a literal: a bound timestamp would lose its microseconds (see DbTimes), and the time is hashed. */
    private static String time(Object value) {
        return switch (value) {
            case java.sql.Timestamp t -> DbTimes.literal(t.toInstant());
            case java.time.LocalDateTime t ->
                t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"));
            case java.time.Instant t -> DbTimes.literal(t);
            default -> String.valueOf(value);
        };
    }

    public void update(long seq, String column, Object value) {
        jdbc.update("UPDATE evidence_record SET " + column + " = ? WHERE seq = ?", value, seq);
    }

    public void delete(long seq) {
        jdbc.update("DELETE FROM evidence_record WHERE seq = ?", seq);
    }

    public void move(long from, long to) {
        jdbc.update("UPDATE evidence_record SET seq = ? WHERE seq = ?", to, from);
    }
}
