package dataport.shared.ui;

import java.util.Locale;

/** Country and language names from the JDK's own CLDR data, in the reader's language. */
public final class Countries {

    private Countries() {}

    public static String name(String isoCode, Locale locale) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        String name = Locale.of("", isoCode).getDisplayCountry(locale);
        return name.isBlank() ? isoCode : name;
    }

    public static String languageName(String tag, Locale locale) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isBlank() ? tag : name;
    }
}
