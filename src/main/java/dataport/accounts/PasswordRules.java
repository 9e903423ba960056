package dataport.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not the e-mail address, not one of the
 * passwords every guessing list starts with. Length beats composition rules, so there are none of those.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "1234567890",
            "12345678910",
            "0123456789",
            "1234567890a",
            "qwertyuiop",
            "qwertyuiop1",
            "1q2w3e4r5t",
            "1qaz2wsx3edc",
            "password12",
            "password123",
            "password1234",
            "passw0rd123",
            "iloveyou123",
            "abcdefghij",
            "abc1234567",
            "a1234567890",
            "1111111111",
            "0000000000",
            "aaaaaaaaaa",
            "88888888888",
            "5201314520",
            "woaini1314",
            "qwerty1234",
            "qwerty12345",
            "administrator",
            "letmein123",
            "welcome123",
            "changeme123",
            "dataport123",
            "dataport2026");

    private PasswordRules() {}

    /** The translation key of the first rule {@code password} breaks, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("accounts.password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("accounts.password.too-long");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.equals(address) || lower.equals(localPart)) {
                return Optional.of("accounts.password.is-email");
            }
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            return Optional.of("accounts.password.common");
        }
        return Optional.empty();
    }
}
