package dataport.evidence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's Ed25519 key (the JDK's own provider), made on first use and kept in the database: every node signs
 * with the same key, and the public half is published at {@code /verify/public-key}.
 */
@Component
class SigningKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SigningKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    KeyPair keyPair() {
        List<Map<String, Object>> rows =
                jdbc.queryForList("SELECT public_key, private_key FROM evidence_signing_key WHERE id = 1");
        if (rows.isEmpty()) {
            KeyPair made = generate();
            // Two nodes starting together: the first insert wins, the second reads the winner's key below.
            jdbc.update(
                    "INSERT IGNORE INTO evidence_signing_key (id, algorithm, public_key, private_key, created_at)"
                            + " VALUES (1, 'Ed25519', ?, ?, ?)",
                    Base64.getEncoder().encodeToString(made.getPublic().getEncoded()),
                    Base64.getEncoder().encodeToString(made.getPrivate().getEncoded()),
                    Timestamp.from(clock.instant()));
            rows = jdbc.queryForList("SELECT public_key, private_key FROM evidence_signing_key WHERE id = 1");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode((String) rows.getFirst().get("public_key"))));
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode((String) rows.getFirst().get("private_key"))));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored evidence signing key is unreadable", e);
        }
    }

    @Transactional
    PublicKey publicKey() {
        return keyPair().getPublic();
    }

    /** The public key as PEM (SubjectPublicKeyInfo), as OpenSSL reads it. */
    @Transactional
    String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    String sign(String message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keyPair().getPrivate());
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(PublicKey key, String message, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
