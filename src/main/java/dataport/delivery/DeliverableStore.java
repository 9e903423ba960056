package dataport.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Deliverable files in the database, in chunks of 1 MB: every app node reads the same bytes, an upload of 200 MB is
 * streamed through (never held whole), and a download reads one chunk at a time. Chunks are written outside any
 * transaction (one InnoDB transaction of 200 MB would strain the redo log); the file only counts once {@code complete}
 * is set after the last chunk and the checks, and a failed upload's rows are deleted.
 */
@Component
class DeliverableStore {

    static final int CHUNK_BYTES = 1024 * 1024;

    private static final String COLUMNS =
            "id, listing_id, file_name, content_type, size_bytes, sha256, uploaded_at from delivery_deliverable";

    private static final RowMapper<DeliverableInfo> INFO = (rs, row) -> new DeliverableInfo(
            rs.getLong("id"),
            rs.getLong("listing_id"),
            rs.getString("file_name"),
            rs.getString("content_type"),
            rs.getLong("size_bytes"),
            rs.getString("sha256"),
            rs.getTimestamp("uploaded_at").toInstant());

    private final JdbcTemplate jdbc;

    DeliverableStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Streams {@code in} into the database, checking type, size and completeness; refused files leave nothing. */
    DeliverableInfo store(long listingId, long merchantId, Long userId, String fileName, InputStream in, Instant now) {
        return store(listingId, merchantId, userId, fileName, in, now, DeliverableChecks.MAX_BYTES);
    }

    DeliverableInfo store(
            long listingId, long merchantId, Long userId, String fileName, InputStream in, Instant now, long maxBytes) {
        MessageDigest sha256 = sha256();
        try (DigestInputStream digesting = new DigestInputStream(in, sha256)) {
            byte[] chunk = digesting.readNBytes(CHUNK_BYTES);
            String type = DeliverableChecks.typeOf(fileName, chunk);
            long id = insert(listingId, merchantId, userId, cleanName(fileName), type, now);
            try {
                long size = 0;
                int seq = 0;
                byte[] tail = new byte[0];
                while (chunk.length > 0) {
                    size += chunk.length;
                    if (size > maxBytes) {
                        throw new InvalidDeliverable("delivery.upload.too-large");
                    }
                    jdbc.update(
                            "insert into delivery_chunk (deliverable_id, seq, data) values (?, ?, ?)",
                            id,
                            seq++,
                            chunk);
                    tail = lastBytes(tail, chunk);
                    chunk = digesting.readNBytes(CHUNK_BYTES);
                }
                DeliverableChecks.checkComplete(type, tail);
                String hash = HexFormat.of().formatHex(sha256.digest());
                jdbc.update(
                        "update delivery_deliverable set size_bytes = ?, sha256 = ?, complete = true where id = ?",
                        size,
                        hash,
                        id);
                return find(id).orElseThrow();
            } catch (RuntimeException | IOException e) {
                jdbc.update("delete from delivery_deliverable where id = ?", id);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listing's newest complete deliverable. */
    Optional<DeliverableInfo> current(long listingId) {
        return jdbc
                .query(
                        "select " + COLUMNS + " where listing_id = ? and complete order by id desc limit 1",
                        INFO,
                        listingId)
                .stream()
                .findFirst();
    }

    Optional<DeliverableInfo> find(long id) {
        return jdbc.query("select " + COLUMNS + " where id = ? and complete", INFO, id).stream()
                .findFirst();
    }

    List<DeliverableInfo> history(long listingId) {
        return jdbc.query("select " + COLUMNS + " where listing_id = ? and complete order by id desc", INFO, listingId);
    }

    /** Writes the file's bytes to {@code out}, a chunk at a time, telling {@code progress} the bytes written so far. */
    void copy(long id, OutputStream out, LongConsumer progress) throws IOException {
        List<Integer> seqs = jdbc.queryForList(
                "select seq from delivery_chunk where deliverable_id = ? order by seq", Integer.class, id);
        long written = 0;
        for (int seq : seqs) {
            byte[] data = jdbc.queryForObject(
                    "select data from delivery_chunk where deliverable_id = ? and seq = ?", byte[].class, id, seq);
            out.write(data);
            written += data.length;
            progress.accept(written);
        }
        out.flush();
    }

    private long insert(long listingId, long merchantId, Long userId, String fileName, String type, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement s = connection.prepareStatement(
                            "insert into delivery_deliverable (listing_id, merchant_id, file_name, content_type,"
                                    + " size_bytes, complete, uploaded_by, uploaded_at) values (?, ?, ?, ?, 0, false, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    s.setLong(1, listingId);
                    s.setLong(2, merchantId);
                    s.setString(3, fileName);
                    s.setString(4, type);
                    s.setObject(5, userId);
                    s.setTimestamp(6, Timestamp.from(now));
                    return s;
                },
                key);
        return key.getKey().longValue();
    }

    /** The name without any folder part the browser may send, cut to the column's 255 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "deliverable" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty()) {
            name = "deliverable";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static byte[] lastBytes(byte[] tail, byte[] chunk) {
        if (chunk.length >= DeliverableChecks.TAIL_BYTES) {
            return Arrays.copyOfRange(chunk, chunk.length - DeliverableChecks.TAIL_BYTES, chunk.length);
        }
        byte[] joined = new byte[Math.min(DeliverableChecks.TAIL_BYTES, tail.length + chunk.length)];
        int fromTail = joined.length - chunk.length;
        System.arraycopy(tail, tail.length - fromTail, joined, 0, fromTail);
        System.arraycopy(chunk, 0, joined, fromTail, chunk.length);
        return joined;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
