package dataport.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The two languages DataPort speaks; every user-visible string exists in both. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private Languages() {}

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** Maps any tag (en-GB, zh-Hans-CN, zh) to one of the supported locales; English when unknown. */
    public static Locale resolve(String tag) {
        if (tag == null || tag.isBlank()) {
            return ENGLISH;
        }
        return isChinese(Locale.forLanguageTag(tag.strip())) ? CHINESE : ENGLISH;
    }

    /** Chinese lists use the enumeration comma: 英语、中文. */
    public static String listSeparator(Locale locale) {
        return isChinese(locale) ? "、" : ", ";
    }

    /**
     * The tags written in the reader's language (Chinese tags contain Han characters), or all of them when a listing
     * has none in that language.
     */
    public static List<String> tagsFor(Collection<String> tags, Locale locale) {
        boolean chinese = isChinese(locale);
        List<String> mine = tags.stream().filter(t -> containsHan(t) == chinese).toList();
        return mine.isEmpty() ? List.copyOf(tags) : mine;
    }

    static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    public static String tag(Locale locale) {
        return isChinese(locale) ? "zh-CN" : "en";
    }
}
