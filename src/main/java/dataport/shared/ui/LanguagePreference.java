package dataport.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dataport.shared.Languages;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Chooses each page's language: the one the visitor picked before (a cookie, so it survives sessions), else the
 * browser's preference, else English. Also keeps {@code <html lang>} right for screen readers and fonts.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "dataport-lang";
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
    }

    static Locale resolve(VaadinRequest request) {
        if (request == null) {
            return Languages.ENGLISH;
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
