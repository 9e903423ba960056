package dataport.catalog;

import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.ui.Countries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A licence in plain words: one sentence per term, in the reader's language (the catalog bundle's
 * {@code licence.words.*} messages), then nothing else; the merchant's additions are shown after them by the page. The
 * listing page, the checkout and the purchase page all say it the same way.
 */
public final class LicenceWording {

    private LicenceWording() {}

    /** A message of the reader's language: a view's {@code this::getTranslation}, or the provider bound to a locale. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... params);
    }

    /** The sentences for {@code terms}; {@code merchant} is who is to be credited when attribution is required. */
    public static List<String> sentences(LicenceTerms terms, Bilingual merchant, Locale locale, Translator i18n) {
        List<String> out = new ArrayList<>();
        out.add(i18n.translate("licence.words.use." + terms.use()));
        out.add(i18n.translate(terms.derivatives() ? "licence.words.derivatives.yes" : "licence.words.derivatives.no"));
        if (terms.attribution()) {
            String name = merchant == null ? "" : merchant.in(locale);
            out.add(i18n.translate("licence.words.attribution", name));
        }
        out.add(i18n.translate(terms.noOnwardTransfer() ? "licence.words.transfer.no" : "licence.words.transfer.yes"));
        if (terms.worldwide()) {
            out.add(i18n.translate("licence.words.territory.worldwide"));
        } else {
            String places = terms.territory().stream()
                    .map(code -> Countries.name(code, locale))
                    .collect(Collectors.joining(Languages.listSeparator(locale)));
            out.add(i18n.translate("licence.words.territory.only", places));
        }
        out.add(
                terms.perpetual()
                        ? i18n.translate("licence.words.term.perpetual")
                        : i18n.translate("licence.words.term.months", terms.termMonths()));
        out.add(
                terms.maxUsers() == null
                        ? i18n.translate("licence.words.users.any")
                        : i18n.translate("licence.words.users.max", terms.maxUsers()));
        return out;
    }
}
