package dataport.stripeemulator;

import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;

/** Ids shaped like Stripe's test-mode ids (prefix, then random letters and digits). */
final class Ids {

    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom SECURE = new SecureRandom();

    private Ids() {}

    /** A signing secret: unlike an id, it must not be guessable. */
    static String secret(String prefix) {
        char[] out = new char[32];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[SECURE.nextInt(ALPHABET.length)];
        }
        return prefix + "_" + new String(out);
    }

    static String random(int length) {
        // Not a secret: unique is enough for a test account, and a shared SecureRandom would serialize every request.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }

    static String of(String prefix) {
        return switch (prefix) {
            case "cs_test" -> "cs_test_a1" + random(56);
            case "cus" -> "cus_" + random(14);
            case "req" -> "req_" + random(14);
            case "si" -> "si_" + random(14);
            default -> prefix + "_1" + random(23);
        };
    }
}
