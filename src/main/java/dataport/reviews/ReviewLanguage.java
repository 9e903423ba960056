package dataport.reviews;

import java.util.Locale;

/** The language a review (or a reply) is written in, shown next to it; chosen by the writer or detected. */
public enum ReviewLanguage {
    ZH("zh-CN"),
    EN("en");

    /** Share of Han characters among letters from which a text counts as Chinese (English words in it are common). */
    private static final double HAN_SHARE = 0.2;

    private final String tag;

    ReviewLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag for the {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    /** Chinese when at least a fifth of the letters are Han characters, else English. */
    public static ReviewLanguage detect(String text) {
        if (text == null) {
            return EN;
        }
        long han = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && han >= HAN_SHARE * letters ? ZH : EN;
    }

    /** The language of a UI locale, for a default choice. */
    public static ReviewLanguage of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }
}
