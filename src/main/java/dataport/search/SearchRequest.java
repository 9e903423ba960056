package dataport.search;

import java.util.Locale;

/**
 * What a buyer asked for. The text is taken as typed; {@link QueryText} makes any input safe, so no query string can
 * cause an error.
 */
public record SearchRequest(String text, int page, Locale locale) {

    public static final int PAGE_SIZE = 20;

    public SearchRequest {
        page = Math.max(page, 0);
        locale = locale == null ? Locale.ENGLISH : locale;
    }
}
