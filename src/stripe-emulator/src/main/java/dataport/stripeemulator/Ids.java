package dataport.stripeemulator;

import java.security.SecureRandom;

/** Ids shaped like Stripe's test-mode ids (prefix, then random letters and digits). */
final class Ids {

    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }

    static String of(String prefix) {
        return switch (prefix) {
            case "cs_test" -> "cs_test_a1" + random(56);
            case "cus" -> "cus_" + random(14);
            case "whsec" -> "whsec_" + random(32);
            case "req" -> "req_" + random(14);
            case "si" -> "si_" + random(14);
            default -> prefix + "_1" + random(23);
        };
    }
}
