package dataport.delivery;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed out once (API keys, gateway secrets): a visible prefix saying what it is, then 32 random bytes in
 * URL-safe Base64. Only the SHA-256 of the whole string is stored: enough to check one presented, useless to a thief
 * of the database (32 random bytes need no slow hash, nobody can guess them).
 */
final class Tokens {

    static final String API_KEY_PREFIX = "dpk_";
    static final String GATEWAY_PREFIX = "dpg_";
    /** Characters shown to recognise a token by: its prefix and the first 8 of the random part. */
    static final int SHOWN = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String generate(String prefix) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String hash(String token) {
        return HexFormat.of()
                .formatHex(DeliverableStore.sha256().digest(token.strip().getBytes(StandardCharsets.UTF_8)));
    }

    static String shown(String token) {
        return token.substring(0, Math.min(SHOWN, token.length()));
    }
}
