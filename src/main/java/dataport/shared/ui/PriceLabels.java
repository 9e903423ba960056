package dataport.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import dataport.shared.Money;
import java.util.Locale;

/** "From ¥1,200.00 / month"-style labels, translated. */
public final class PriceLabels {

    private PriceLabels() {}

    /**
     * @param model the pricing model's name (ONE_OFF, SUBSCRIPTION, USAGE, QUOTE)
     * @param period MONTH or YEAR for subscriptions, else null
     */
    public static String from(Locale locale, Money price, String model, String period) {
        if (price == null) {
            return I18NProvider.translate(locale, "price.quote-only");
        }
        return I18NProvider.translate(locale, "price.from", price.format(locale), suffix(locale, model, period));
    }

    public static String of(Locale locale, Money price, String model, String period, String unit) {
        if (price == null) {
            return I18NProvider.translate(locale, "price.on-request");
        }
        String amount = price.format(locale);
        if ("USAGE".equals(model) && unit != null && !unit.isBlank()) {
            return I18NProvider.translate(locale, "price.per-unit", amount, unit);
        }
        String suffix = suffix(locale, model, period);
        return suffix.isEmpty() ? amount : amount + " " + suffix;
    }

    private static String suffix(Locale locale, String model, String period) {
        if ("SUBSCRIPTION".equals(model) && period != null) {
            return I18NProvider.translate(locale, "price.per." + period);
        }
        if ("USAGE".equals(model)) {
            return I18NProvider.translate(locale, "price.per-use");
        }
        return "";
    }
}
