package dataport.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dataport.shared.Languages;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * First paint of the pages a module pre-paints ({@link PrePaintedPage}, the home page): a Vaadin page shows nothing
 * until the browser has run the whole JavaScript bundle and fetched the view from the server, so the HTML shell of
 * such a page carries a static copy of its first screen (the header of {@link MainLayout} and what the page paints),
 * in the language the view will use and styled by the theme's style sheets the shell already links. It stands before
 * {@code #outlet}, where Vaadin renders; the theme hides it as soon as the real layout is in the page and
 * {@link #removeFrom(UI)} removes it right after, so the visitor sees one page turn into the other without a blank
 * frame, and the page has one {@code h1} and one set of landmarks again. Without JavaScript it simply stays.
 *
 * <p>Only for visitors who are not signed in: a signed-in header has the user's menu, which the copy would have to
 * fake; first visits, the ones that wait longest, are anonymous.
 */
@Component
public class PrePaint implements VaadinServiceInitListener {

    /** The pre-paint's element id; the theme's rule that hides it names it too ({@code styles.css}). */
    public static final String ID = "dp-prepaint";

    /**
     * Removes the pre-paint once the real layout is in the page. A mutation observer's callback runs right after the
     * change that put the layout in, before the browser paints again: the swap happens within one frame whether Flow
     * inserts the layout in this response's task or later.
     */
    private static final String REMOVE = """
            const prepaint = document.getElementById($0);
            if (prepaint) {
              const swapped = () => {
                if (!document.querySelector('#outlet .dp-app')) return false;
                prepaint.remove();
                return true;
              };
              if (!swapped()) {
                const observer = new MutationObserver(() => swapped() && observer.disconnect());
                observer.observe(document.body, {childList: true, subtree: true});
              }
            }
            """;

    private final I18NProvider translations;
    private final AuthenticationContext authentication;
    private final ObjectProvider<NavigationEntry> entries;
    private final ObjectProvider<HeaderMarker> markers;
    private final ObjectProvider<PrePaintedPage> pages;

    public PrePaint(
            I18NProvider translations,
            AuthenticationContext authentication,
            ObjectProvider<NavigationEntry> entries,
            ObjectProvider<HeaderMarker> markers,
            ObjectProvider<PrePaintedPage> pages) {
        this.translations = translations;
        this.authentication = authentication;
        this.entries = entries;
        this.markers = markers;
        this.pages = pages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> addTo(response.getDocument(), response.getVaadinRequest()));
    }

    /**
     * Puts the pre-paint of the requested page, if a module paints it and the visitor is not signed in, before the
     * shell's {@code #outlet}, in the language {@link LanguagePreference} chooses for the request.
     */
    public void addTo(Document shell, VaadinRequest request) {
        if (!authentication.isAuthenticated()) {
            addTo(shell, route(request.getPathInfo()), LanguagePreference.resolve(request));
        }
    }

    /** Removes the pre-paint from the browser's page once the real layout is there (nothing when there is none). */
    public static void removeFrom(UI ui) {
        ui.getPage().executeJs(REMOVE, ID);
    }

    private void addTo(Document shell, String route, Locale locale) {
        Element outlet = shell.getElementById("outlet");
        Optional<PrePaintedPage> page =
                pages.orderedStream().filter(p -> p.paints(route)).findFirst();
        if (outlet == null || page.isEmpty()) {
            return;
        }
        // The classes of MainLayout's frame, so the theme lays it out the same; lang for fonts and screen readers
        // until LanguagePreference sets it on <html>.
        Element prepaint = new Element("div").id(ID).addClass("dp-app").attr("lang", Languages.tag(locale));
        prepaint.appendChild(header(locale));
        Element main = prepaint.appendElement("main").addClass("dp-main");
        page.get().paint(main, locale);
        outlet.before(prepaint);
    }

    /**
     * MainLayout's header for a visitor who is not signed in, element by element and class by class as
     * {@code MainLayout.header()} builds it (keep the two in step), without ids (the real header has them) and with
     * placeholders for the search field and the language switch.
     */
    private Element header(Locale locale) {
        Element header = new Element("header").addClass("dp-header");

        Element brand = header.appendElement("a").addClass("dp-brand").attr("href", "");
        brand.appendElement("span")
                .addClass("dp-brand-mark")
                .attr("aria-hidden", "true")
                .text("DP");
        Element words = brand.appendElement("div");
        words.appendElement("span").addClass("dp-brand-name").text(text("app.name", locale));
        words.appendElement("span").addClass("dp-brand-tagline").text(text("app.tagline", locale));

        Element nav = header.appendElement("nav").addClass("dp-nav").attr("aria-label", text("layout.nav", locale));
        nav.appendElement("a").attr("href", "").text(text("nav.home", locale));
        nav.appendElement("a").attr("href", MainLayout.SEARCH_ROUTE).text(text("nav.browse", locale));
        List<NavigationEntry> sorted = entries.orderedStream()
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
        for (NavigationEntry entry : MainLayout.shownTo(sorted, authentication)) {
            nav.appendElement("a")
                    .attr("href", entry.route())
                    .attr("data-route", entry.route())
                    .text(text(entry.labelKey(), locale));
        }

        header.appendChild(field("dp-header-search", text("search.placeholder", locale)));

        boolean chinese = Languages.isChinese(locale);
        header.appendChild(button(chinese ? "English" : "简体中文", "dp-language").attr("lang", chinese ? "en" : "zh-CN"));

        Element user = header.appendElement("div").addClass("dp-user");
        user.appendElement("a").attr("href", "login").text(text("layout.sign-in", locale));
        user.appendElement("a").addClass("dp-sign-up").attr("href", "signup").text(text("layout.sign-up", locale));

        markers.orderedStream()
                .map(HeaderMarker::labelKey)
                .filter(Objects::nonNull)
                .forEach(key -> header.insertChildren(
                        1, new Element("span").addClass("dp-header-marker").text(text(key, locale))));
        return header;
    }

    /**
     * The look of a Vaadin text field with its search icon and placeholder, for a pre-paint: not a field (nothing typed
     * into it could reach the real one), hidden from screen readers.
     */
    public static Element field(String className, String placeholder) {
        Element field = new Element("div")
                .addClass(className)
                .addClass("dp-prepaint-field")
                .attr("aria-hidden", "true");
        Element box = field.appendElement("span").addClass("dp-prepaint-box");
        box.appendElement("span").addClass("dp-prepaint-icon");
        box.appendElement("span").addClass("dp-prepaint-placeholder").text(placeholder);
        return field;
    }

    /** The look of a Vaadin button, for a pre-paint: not a button (a click would do nothing), hidden from screen readers. */
    public static Element button(String label, String... classNames) {
        Element button = new Element("span")
                .addClass("dp-prepaint-button")
                .attr("aria-hidden", "true")
                .text(label);
        for (String className : classNames) {
            button.addClass(className);
        }
        return button;
    }

    /** The route of a shell request's path: {@code "/"} and none are the home page, {@code ""}. */
    static String route(String pathInfo) {
        return pathInfo == null ? "" : pathInfo.replaceFirst("^/", "");
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
