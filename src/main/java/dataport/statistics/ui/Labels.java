package dataport.statistics.ui;

import com.vaadin.flow.component.Component;
import dataport.catalog.CategoryRef;
import dataport.shared.Money;
import dataport.shared.ui.Countries;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How statistics pages name keys and numbers in the reader's language. */
final class Labels {

    private final Component page;
    private final Locale locale;
    private final Map<String, CategoryRef> categories;

    Labels(Component page, Locale locale, List<CategoryRef> categories) {
        this.page = page;
        this.locale = locale;
        this.categories = categories.stream().collect(Collectors.toMap(CategoryRef::code, c -> c, (a, b) -> a));
    }

    String t(String key, Object... params) {
        return page.getTranslation(key, params);
    }

    Locale locale() {
        return locale;
    }

    String category(String code) {
        if (code == null || code.isEmpty()) {
            return t("statistics.unknown");
        }
        CategoryRef c = categories.get(code);
        return c == null ? code : c.name().in(locale);
    }

    String origin(String origin) {
        return origin == null || origin.isEmpty() ? t("statistics.unknown") : t("statistics.origin." + origin);
    }

    String country(String code) {
        return code == null || code.isEmpty() ? t("statistics.unknown") : Countries.name(code, locale);
    }

    /** A code of a cross-border figure (data grade, outcome, band, decision, finding) in the reader's language. */
    String code(String kind, String code) {
        return code == null || code.isEmpty() || "UNKNOWN".equals(code)
                ? t("statistics.unknown")
                : t("statistics." + kind + "." + code);
    }

    String language(String lang) {
        return lang == null || lang.isEmpty() ? t("statistics.unknown") : Countries.languageName(lang, locale);
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    String usd(Long cents) {
        return cents == null ? "–" : Money.ofMinor(cents, "USD").format(locale);
    }

    String money(long minor, String currency) {
        return Money.ofMinor(minor, currency).format(locale);
    }

    /** Per mille as a percentage with one decimal, or a dash. */
    String percent(Long perMille) {
        if (perMille == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(perMille / 1000.0);
    }
}
