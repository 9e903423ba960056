package dataport.settlement.ui;

import dataport.shared.Money;
import java.util.Locale;

/** Minor units of a currency as a page shows them, in the reader's language (exact: every minor digit). */
final class Amounts {

    private Amounts() {}

    static String of(long minor, String currency, Locale locale) {
        return Money.ofMinor(minor, currency).format(locale);
    }
}
