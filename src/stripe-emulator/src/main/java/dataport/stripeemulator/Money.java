package dataport.stripeemulator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** Stripe's amounts: integers in the currency's smallest unit; zero-decimal currencies count whole units. */
final class Money {

    /** From Stripe's list of zero-decimal currencies. */
    static final Set<String> ZERO_DECIMAL = Set.of(
            "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof",
            "xpf");
    /** Three-decimal currencies: Stripe accepts them only with amounts whose last digit is 0. */
    static final Set<String> THREE_DECIMAL = Set.of("bhd", "jod", "kwd", "omr", "tnd");
    /** Stripe's ceiling for a single payment in most currencies (eight digits of the smallest unit). */
    static final long MAX_AMOUNT = 99_999_999L;

    private Money() {}

    static int digits(String currency) {
        if (ZERO_DECIMAL.contains(currency)) {
            return 0;
        }
        return THREE_DECIMAL.contains(currency) ? 3 : 2;
    }

    static String format(long amount, String currency) {
        BigDecimal value = BigDecimal.valueOf(amount).movePointLeft(digits(currency));
        return String.format(Locale.ROOT, "%,." + digits(currency) + "f %s", value, currency.toUpperCase(Locale.ROOT));
    }
}
