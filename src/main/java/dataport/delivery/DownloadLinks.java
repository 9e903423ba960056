package dataport.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and checks download links: {@code /downloads/{orderId}/{fileId}?expires={epochSeconds}&signature={hex}}, the
 * signature an HMAC-SHA256 over order, file and expiry with a server secret. The secret is
 * {@code dataport.delivery.link-secret} (DATAPORT_LINK_SECRET) when set; otherwise one is generated once and kept in
 * the database, so every app node signs and checks alike and links survive a restart.
 */
@Component
class DownloadLinks {

    static final Duration LIFETIME = Duration.ofHours(24);
    static final String PATH = "/downloads/";

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final Clock clock;
    private final String configured;
    private volatile byte[] secret;

    DownloadLinks(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${dataport.delivery.link-secret:}") String configured) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.configured = configured;
    }

    /** A link for the buyer, valid for {@link #LIFETIME} from now. */
    DownloadLink sign(long orderId, long fileId) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        return new DownloadLink(
                PATH + orderId + "/" + fileId + "?expires=" + expires + "&signature="
                        + signature(orderId, fileId, expires),
                Instant.ofEpochSecond(expires));
    }

    /** Why a presented link is refused, or null when its signature is right and it has not expired. */
    Refusal check(long orderId, long fileId, long expires, String signature) {
        if (signature == null
                || !MessageDigest.isEqual(
                        signature(orderId, fileId, expires).getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.US_ASCII))) {
            return Refusal.TAMPERED;
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
            return Refusal.EXPIRED;
        }
        return null;
    }

    String signature(long orderId, long fileId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] sig = mac.doFinal((orderId + ":" + fileId + ":" + expires).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sig);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (secret == null) {
                secret = configured.isBlank()
                        ? storedSecretInOwnTransaction()
                        : configured.getBytes(StandardCharsets.UTF_8);
            }
            return secret;
        }
    }

    /** The first link may be signed inside a read-only transaction (a page's): the secret is made in its own. */
    private byte[] storedSecretInOwnTransaction() {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own.execute(tx -> storedSecret());
    }

    /** The shared secret from the database, made by whichever node needs it first. */
    private byte[] storedSecret() {
        var found = jdbc.queryForList("select secret from delivery_link_key where id = 1", byte[].class);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            jdbc.update(
                    "insert into delivery_link_key (id, secret, created_at) values (1, ?, ?)",
                    fresh,
                    Timestamp.from(clock.instant()));
            return fresh;
        } catch (DuplicateKeyException e) {
            return jdbc.queryForObject("select secret from delivery_link_key where id = 1", byte[].class);
        }
    }

    /** A signed link and when it stops working. */
    record DownloadLink(String path, Instant expiresAt) {}
}
