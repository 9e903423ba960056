package dataport.evidence;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the one evidence chain. Appends are serialised by locking the head row, so two events committing at once
 * never both link to the same predecessor (a fork); the record, the certificate and the new head commit together.
 */
@Service
class EvidenceChain {

    private static final char[] ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EvidenceChain(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one record to the trade's certificate (made now if the trade has none). A {@code dedupKey} seen before
     * appends nothing: a redelivered event is harmless. Returns the record appended, if any.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    Optional<EvidenceRecord> append(TradeFacts trade, EvidenceType type, Map<String, ?> fields, String dedupKey) {
        Map<String, Object> head =
                jdbc.queryForMap("SELECT last_seq, last_hash FROM evidence_chain_head WHERE id = 1 FOR UPDATE");
        // Locking reads from here on: they see what appenders committed while this one waited for the head's lock. A
        // plain SELECT reads the transaction's snapshot, which may predate that (the listener read before appending),
        // and two events of a new trade (OrderPlaced, OrderRouted) then both created its certificate (duplicate key).
        Integer seen = jdbc.queryForObject(
                "SELECT COUNT(*) FROM evidence_record WHERE dedup_key = ? FOR UPDATE", Integer.class, dedupKey);
        if (seen != null && seen > 0) {
            return Optional.empty();
        }
        // TIMESTAMP(6) keeps microseconds: the instant in the payload must be the one read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String certificate = certificateOf(trade, now);
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String previous = (String) head.get("last_hash");
        Map<String, Object> payload = new LinkedHashMap<>(fields);
        payload.put("seq", seq);
        payload.put("type", type.name());
        payload.put("certificate", certificate);
        payload.put("recordedAt", now.toString());
        String json = CanonicalJson.write(payload);
        String hash = Hashes.link(previous, json);
        jdbc.update(
                "INSERT INTO evidence_record (seq, certificate_id, record_type, recorded_at, payload, prev_hash, hash,"
                        + " dedup_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                seq,
                certificate,
                type.name(),
                DbTimes.literal(now),
                json,
                previous,
                hash,
                dedupKey);
        jdbc.update("UPDATE evidence_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        if (type == EvidenceType.DELIVERED) {
            jdbc.update(
                    "UPDATE evidence_certificate SET completed_at = COALESCE(completed_at, ?) WHERE id = ?",
                    DbTimes.literal(now),
                    certificate);
        }
        return Optional.of(new EvidenceRecord(seq, certificate, type, now, json, previous, hash));
    }

    /** Notes the routing outcome on the certificate (spot checks sample the trades that were routed abroad). */
    @Transactional(propagation = Propagation.MANDATORY)
    void noteRouting(long orderId, String outcome) {
        jdbc.update("UPDATE evidence_certificate SET routing_outcome = ? WHERE order_id = ?", outcome, orderId);
    }

    private String certificateOf(TradeFacts trade, Instant now) {
        List<String> found = jdbc.queryForList(
                "SELECT id FROM evidence_certificate WHERE order_id = ? FOR UPDATE", String.class, trade.orderId());
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        String id = newCertificateId(now);
        jdbc.update(
                "INSERT INTO evidence_certificate (id, order_id, listing_id, merchant_id, classification, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                id,
                trade.orderId(),
                trade.listingId(),
                trade.merchantId(),
                trade.classification(),
                DbTimes.literal(now));
        return id;
    }

    /** DP-2026-XXXX-XXXX-XXXX: 12 random characters of 32 (60 bits), so certificate ids cannot be guessed. */
    private String newCertificateId(Instant now) {
        StringBuilder id = new StringBuilder("DP-")
                .append(now.atZone(ZoneId.of("Asia/Shanghai")).getYear());
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                id.append('-');
            }
            id.append(ID_CHARS[random.nextInt(ID_CHARS.length)]);
        }
        return id.toString();
    }
}
