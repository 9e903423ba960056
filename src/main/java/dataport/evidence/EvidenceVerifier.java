package dataport.evidence;

import dataport.evidence.ChainReport.Kind;
import dataport.evidence.ChainReport.Problem;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the whole chain from its first record and checks every link, the head, and every signed checkpoint. It
 * reads the records one by one (streaming, constant memory apart from the checkpointed hashes), so it is the same
 * code for the public page, staff and the command line ({@code ./dataport verify-evidence}).
 */
@Service
public class EvidenceVerifier {

    static final RowMapper<EvidenceRecord> RECORDS = (rs, n) -> new EvidenceRecord(
            rs.getLong("seq"),
            rs.getString("certificate_id"),
            type(rs.getString("record_type")),
            rs.getTimestamp("recorded_at").toInstant(),
            rs.getString("payload"),
            rs.getString("prev_hash"),
            rs.getString("hash"));

    private final JdbcTemplate jdbc;
    private final SigningKeys keys;
    private final Checkpoints checkpoints;

    EvidenceVerifier(JdbcTemplate jdbc, SigningKeys keys, Checkpoints checkpoints) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    /**
     * Checks the chain of another database with this schema (a restored backup), with the keys and checkpoints stored
     * there.
     */
    public static ChainReport verify(javax.sql.DataSource database) {
        JdbcTemplate other = new JdbcTemplate(database);
        java.time.Clock clock = java.time.Clock.systemUTC();
        SigningKeys keys = new SigningKeys(other, clock);
        return new EvidenceVerifier(other, keys, new Checkpoints(other, keys, clock)).verify();
    }

    /** Checks the whole chain and its checkpoints. */
    @Transactional(readOnly = true)
    public ChainReport verify() {
        List<Checkpoint> signed = checkpoints.all();
        Map<Long, String> checkpointed = new HashMap<>();
        signed.forEach(c -> checkpointed.put(c.sequence(), null));
        List<Problem> problems = new ArrayList<>();
        long[] expected = {1};
        long[] count = {0};
        String[] previous = {Hashes.GENESIS};
        jdbc.query("SELECT * FROM evidence_record ORDER BY seq", rs -> {
            EvidenceRecord r = RECORDS.mapRow(rs, 0);
            check(r, expected[0], previous[0], problems);
            if (checkpointed.containsKey(r.sequence())) {
                checkpointed.put(r.sequence(), r.hash());
            }
            previous[0] = r.hash();
            expected[0] = r.sequence() + 1;
            count[0]++;
        });
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM evidence_chain_head WHERE id = 1");
        long headSeq = ((Number) head.get("last_seq")).longValue();
        if (headSeq != expected[0] - 1 || !previous[0].equals(head.get("last_hash"))) {
            problems.add(new Problem(
                    Kind.HEAD_MISMATCH, headSeq, "head says " + headSeq + ", the chain ends at " + (expected[0] - 1)));
        }
        PublicKey key = signed.isEmpty() ? null : keys.publicKey();
        for (Checkpoint c : signed) {
            if (!SigningKeys.verify(key, c.message(), c.signature())) {
                problems.add(new Problem(Kind.CHECKPOINT_SIGNATURE_INVALID, c.sequence(), "checkpoint " + c.id()));
            }
            String found = checkpointed.get(c.sequence());
            if (!c.hash().equals(found)) {
                problems.add(new Problem(
                        Kind.CHECKPOINT_MISMATCH,
                        c.sequence(),
                        "checkpoint " + c.id() + " signed " + c.hash() + ", the chain has " + found));
            }
        }
        return new ChainReport(count[0], signed.size(), signed.isEmpty() ? null : signed.getLast(), problems);
    }

    private static void check(EvidenceRecord r, long expected, String previous, List<Problem> problems) {
        long seq = r.sequence();
        if (seq != expected) {
            problems.add(new Problem(Kind.SEQUENCE_GAP, seq, "expected " + expected + ", found " + seq));
        }
        if (!r.previousHash().equals(previous)) {
            problems.add(new Problem(Kind.PREVIOUS_HASH_MISMATCH, seq, "links to " + r.previousHash()));
        }
        if (!Hashes.link(r.previousHash(), r.payload()).equals(r.hash())) {
            problems.add(new Problem(Kind.HASH_MISMATCH, seq, "stored " + r.hash()));
        }
        if (!has(r.payload(), "seq", String.valueOf(seq))
                || r.type() == null
                || !has(r.payload(), "type", quoted(r.type().name()))
                || !has(r.payload(), "certificate", quoted(r.certificateId()))
                || !has(r.payload(), "recordedAt", quoted(r.recordedAt().toString()))) {
            problems.add(new Problem(Kind.COLUMN_MISMATCH, seq, "columns differ from the hashed payload"));
        }
    }

    /** Whether the canonical payload has exactly this field value (keys are unique and values flat). */
    private static boolean has(String payload, String key, String value) {
        String field = "\"" + key + "\":" + value;
        return payload.contains(field + ",") || payload.endsWith(field + "}");
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static EvidenceType type(String name) {
        try {
            return EvidenceType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The records of one trade, oldest first (empty for an unknown certificate). */
    @Transactional(readOnly = true)
    public List<EvidenceRecord> records(String certificateId) {
        return jdbc.query(
                "SELECT * FROM evidence_record WHERE certificate_id = ? ORDER BY seq", RECORDS, certificateId);
    }

    /** Whether such a certificate was issued. */
    @Transactional(readOnly = true)
    public boolean exists(String certificateId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM evidence_certificate WHERE id = ?", Integer.class, certificateId);
        return n != null && n > 0;
    }

    /** The certificate of an order, once its first record is written. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> certificateOf(long orderId) {
        return jdbc
                .queryForList("SELECT id FROM evidence_certificate WHERE order_id = ?", String.class, orderId)
                .stream()
                .findFirst();
    }

    /** One trade's records with the verdict on them and on the whole chain; empty for an unknown certificate. */
    @Transactional(readOnly = true)
    public java.util.Optional<CertificateReport> certificate(String certificateId) {
        if (certificateId == null || !exists(certificateId)) {
            return java.util.Optional.empty();
        }
        List<EvidenceRecord> records = records(certificateId);
        ChainReport chain = verify();
        java.util.Set<Long> mine = new java.util.HashSet<>();
        records.forEach(r -> mine.add(r.sequence()));
        List<Problem> own = chain.problems().stream()
                .filter(p -> mine.contains(p.sequence()) || mine.contains(p.sequence() - 1))
                .toList();
        return java.util.Optional.of(new CertificateReport(certificateId, records, own, chain));
    }
}
