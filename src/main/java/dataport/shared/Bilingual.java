package dataport.shared;

import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * A text kept in English and Simplified Chinese. A reader gets their language, or the other one when theirs is
 * missing, so a merchant who wrote only one language is still shown.
 */
@Embeddable
public record Bilingual(String en, String zh) {

    public static Bilingual of(String en, String zh) {
        return new Bilingual(blankToNull(en), blankToNull(zh));
    }

    public String in(Locale locale) {
        String preferred = Languages.isChinese(locale) ? zh : en;
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        String other = Languages.isChinese(locale) ? en : zh;
        return other == null ? "" : other;
    }

    /** True when {@link #in(Locale)} had to fall back to the other language. */
    public boolean isFallbackIn(Locale locale) {
        String preferred = Languages.isChinese(locale) ? zh : en;
        return preferred == null || preferred.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
