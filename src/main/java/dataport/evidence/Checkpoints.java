package dataport.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs the chain's head at least hourly, so rewriting history is detectable even by someone who kept only one
 * checkpoint and the public key. Signing holds the head's lock: the checkpoint is exactly the head at that moment. A
 * head already signed is not signed again. Several nodes may run this; the lock makes them take turns.
 */
@Service
public class Checkpoints {

    static final RowMapper<Checkpoint> ROWS = (rs, n) -> new Checkpoint(
            rs.getLong("id"),
            rs.getLong("seq"),
            rs.getString("hash"),
            rs.getTimestamp("signed_at").toInstant(),
            rs.getString("signature"));

    private final JdbcTemplate jdbc;
    private final SigningKeys keys;
    private final Clock clock;

    Checkpoints(JdbcTemplate jdbc, SigningKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${dataport.evidence.checkpoint-first:1m}",
            fixedDelayString = "${dataport.evidence.checkpoint-interval:1h}")
    @SchedulerLock(name = "evidence.checkpoint", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void scheduled() {
        signHead();
    }

    /** Signs the current head unless it is empty or already signed; returns the new checkpoint, if any. */
    @Transactional
    public Optional<Checkpoint> signHead() {
        Map<String, Object> head =
                jdbc.queryForMap("SELECT last_seq, last_hash FROM evidence_chain_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("last_seq")).longValue();
        String hash = (String) head.get("last_hash");
        if (seq == 0 || latest().filter(c -> c.sequence() == seq).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Checkpoint unsigned = new Checkpoint(0, seq, hash, now, "");
        String signature = keys.sign(unsigned.message());
        jdbc.update(
                "INSERT INTO evidence_checkpoint (seq, hash, signed_at, signature) VALUES (?, ?, ?, ?)",
                seq,
                hash,
                DbTimes.literal(now),
                signature);
        return latest();
    }

    @Transactional(readOnly = true)
    public Optional<Checkpoint> latest() {
        return jdbc.query("SELECT * FROM evidence_checkpoint ORDER BY id DESC LIMIT 1", ROWS).stream()
                .findFirst();
    }

    @Transactional(readOnly = true)
    List<Checkpoint> all() {
        return jdbc.query("SELECT * FROM evidence_checkpoint ORDER BY id", ROWS);
    }

    /** The platform's public key, PEM. */
    @Transactional
    public String publicKeyPem() {
        return keys.publicKeyPem();
    }
}
