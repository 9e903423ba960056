package dataport.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site's address as users reach it ({@code dataport.base-url}), for links that leave the browser session: mails,
 * payment providers' return addresses. Relative routes are not enough there.
 */
@Component
public class SiteUrl {

    /** The query parameter that names a page's language ({@code ?lang=en}, {@code ?lang=zh}). */
    public static final String LANGUAGE_PARAMETER = "lang";

    private final String base;

    public SiteUrl(@Value("${dataport.base-url}") String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The address without a trailing slash, e.g. {@code https://dataport.example}. */
    public String base() {
        return base;
    }

    /** The absolute address of a route, e.g. {@code of("onboarding")}. */
    public String of(String route) {
        return base + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }

    /** The absolute address of a route with one query parameter (a URL-safe value such as a token). */
    public String of(String route, String parameter, String value) {
        return UriComponentsBuilder.fromUriString(of(route))
                .queryParam(parameter, value)
                .build()
                .toUriString();
    }

    /**
     * The absolute address of a public page in one language, {@code …/listings/42?lang=zh}: the canonical address of
     * that language version, which search engines index.
     */
    public String of(String route, java.util.Locale language) {
        return of(route) + "?" + LANGUAGE_PARAMETER + "=" + (Languages.isChinese(language) ? "zh" : "en");
    }
}
