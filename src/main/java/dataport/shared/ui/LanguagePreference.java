package dataport.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dataport.shared.Languages;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Chooses each page's language: the one the address names ({@code ?lang=en}, {@code ?lang=zh}: the language versions
 * search engines index), else the one the visitor picked before (a cookie, so it survives sessions), else the browser's
 * preference, else English. Also keeps {@code <html lang>} right for screen readers and fonts.
 *
 * <p>The parameter only chooses the language of the page it is on (no cookie is written): a visitor who arrives from a
 * search result in Chinese reads that page in Chinese, and the site otherwise keeps their own choice. The language
 * switch rewrites the parameter in the address to the language switched to, so a reload never undoes the switch.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "dataport-lang";

    /** The query parameter that names a page's language: {@code en} or {@code zh}. */
    public static final String PARAMETER = dataport.shared.SiteUrl.LANGUAGE_PARAMETER;

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), resolve(VaadinRequest.getCurrent())));
    }

    /**
     * Switches the visitor to {@code locale} in place: remembers it (cookie, session), then re-creates the current view
     * and its layout in the new language. No page reload, so no blank flash; the URL, and with it whatever state the
     * page keeps there (a search, a page number, the listing shown), stays.
     */
    public static void switchTo(UI ui, Locale locale) {
        String tag = Languages.tag(locale);
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax';",
                        COOKIE,
                        tag,
                        ONE_YEAR_SECONDS);
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        apply(ui, locale);
        // true: the layout too, so the header (navigation, the switch itself) is rendered in the new language.
        ui.refreshCurrentRoute(true);
        replaceLanguageParameter(ui, locale);
    }

    /** The value of {@link #PARAMETER} for a language: {@code en} or {@code zh}. */
    public static String parameterValue(Locale locale) {
        return Languages.isChinese(locale) ? "zh" : "en";
    }

    /** The language a {@code lang} parameter names, or empty when it names none of ours (then it is ignored). */
    public static Optional<Locale> fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String tag = value.strip().toLowerCase(Locale.ROOT);
        if (tag.equals("zh") || tag.startsWith("zh-") || tag.startsWith("zh_")) {
            return Optional.of(Languages.CHINESE);
        }
        if (tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_")) {
            return Optional.of(Languages.ENGLISH);
        }
        return Optional.empty();
    }

    /**
     * An address that named the old language ({@code ?lang=zh}) would bring it back on reload and contradict the
     * switch: the address bar gets the new language's address instead (no navigation, no history entry). Addresses
     * without the parameter stay as they are.
     */
    private static void replaceLanguageParameter(UI ui, Locale locale) {
        withLanguage(ui.getInternals().getActiveViewLocation(), locale).ifPresent(replaced -> {
            ui.getPage().getHistory().replaceState(null, replaced);
            ui.getInternals().setLastHandledNavigation(replaced);
        });
    }

    /** The same address naming {@code locale} instead; empty when the address names no language (it stays). */
    static Optional<Location> withLanguage(Location location, Locale locale) {
        if (location == null || !location.getQueryParameters().getParameters().containsKey(PARAMETER)) {
            return Optional.empty();
        }
        Map<String, List<String>> parameters =
                new LinkedHashMap<>(location.getQueryParameters().getParameters());
        parameters.put(PARAMETER, List.of(parameterValue(locale)));
        return Optional.of(new Location(location.getPath(), new QueryParameters(parameters)));
    }

    /** The page's language: the address's {@code lang} parameter, else the cookie, else the browser, else English. */
    public static Locale resolve(VaadinRequest request) {
        if (request == null) {
            return Languages.ENGLISH;
        }
        Optional<Locale> named = fromParameter(request.getParameter(PARAMETER));
        if (named.isPresent()) {
            return named.get();
        }
        Optional<String> remembered = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
        if (remembered.isPresent()) {
            return Languages.resolve(remembered.get());
        }
        Locale browser = request.getLocale();
        return browser != null && Languages.isChinese(browser) ? Languages.CHINESE : Languages.ENGLISH;
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", Languages.tag(locale));
    }
}
