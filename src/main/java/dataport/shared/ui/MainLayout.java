package dataport.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dataport.shared.Languages;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every page: a header with brand, navigation (plus the links modules contribute as
 * {@link NavigationEntry} beans, shown by role), search, language switch and the user's sign-in area; content; a
 * footer.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** The search view's route; the layout links to it by path so the shared module need not depend on search. */
    public static final String SEARCH_ROUTE = "search";

    /** Longest text put into a search URL: even in Chinese (9 bytes a character encoded) it fits a request line. */
    public static final int MAX_QUERY_URL_CHARS = 1_000;

    private final Main content = new Main();
    private final Nav nav = new Nav();
    private final TextField search = new TextField();
    private final AuthenticationContext authentication;
    private final List<NavigationEntry> entries;
    private final List<HeaderMarker> markers;
    /** The entries the navigation shows now (null before it is first filled). */
    private List<NavigationEntry> shownEntries;

    public MainLayout(
            AuthenticationContext authentication,
            ObjectProvider<NavigationEntry> entries,
            ObjectProvider<HeaderMarker> markers) {
        this.authentication = authentication;
        this.markers = markers.orderedStream().toList();
        this.entries = entries.orderedStream()
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
        addClassName("dp-app");
        Anchor skip = new Anchor("#main", getTranslation("layout.skip-to-content"));
        skip.addClassName("dp-skip-link");
        content.setId("main");
        content.addClassName("dp-main");
        add(skip, header(), content, footer());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Times.learnFromBrowser(ui);
        }
    }

    /** PrePaint copies this header into the home page's HTML shell: a change here belongs there too. */
    private Header header() {
        Anchor brand = new Anchor("", "");
        brand.addClassName("dp-brand");
        Span mark = new Span("DP");
        mark.addClassName("dp-brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("dp-brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("dp-brand-tagline");
        Div words = new Div(name, tagline);
        brand.add(mark, words);

        nav.addClassName("dp-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav"));
        fillNavigation();

        search.setPlaceholder(getTranslation("search.placeholder"));
        search.getElement().setAttribute("aria-label", getTranslation("search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.addClassName("dp-header-search");
        search.setId("header-search");
        search.addKeyPressListener(Key.ENTER, e -> searchFor(search.getValue()));

        boolean chinese = Languages.isChinese(getLocale());
        Button language = new Button(chinese ? "English" : "简体中文");
        language.getElement().setAttribute("lang", chinese ? "en" : "zh-CN");
        language.getElement().setAttribute("aria-label", getTranslation("layout.switch-language"));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClassName("dp-language");
        language.setId("language-switch");
        language.addClickListener(
                e -> LanguagePreference.switchTo(UI.getCurrent(), chinese ? Languages.ENGLISH : Languages.CHINESE));

        Header header = new Header(brand, nav, search, language, userArea());
        header.addClassName("dp-header");
        markers.stream().map(HeaderMarker::labelKey).filter(Objects::nonNull).forEach(key -> {
            Span marker = new Span(getTranslation(key));
            marker.addClassName("dp-header-marker");
            header.addComponentAtIndex(1, marker);
        });
        return header;
    }

    /**
     * The links for the user's current roles. Refilled at every navigation, because the layout outlives a role change
     * within the session (an approved applicant's MERCHANT role arrives without signing in again).
     */
    private void fillNavigation() {
        List<NavigationEntry> shown = shownTo(entries, authentication);
        // Unchanged roles, unchanged links: nothing is sent (a search is a navigation too, see README "UI benchmark").
        if (shown.equals(shownEntries)) {
            return;
        }
        shownEntries = shown;
        nav.removeAll();
        nav.add(new Anchor("", getTranslation("nav.home")), new Anchor(SEARCH_ROUTE, getTranslation("nav.browse")));
        for (NavigationEntry entry : shown) {
            Anchor link = new Anchor(entry.route(), getTranslation(entry.labelKey()));
            link.getElement().setAttribute("data-route", entry.route());
            nav.add(link);
        }
    }

    /** The entries the current user's roles let them see, in the order given. */
    static List<NavigationEntry> shownTo(List<NavigationEntry> entries, AuthenticationContext authentication) {
        return entries.stream()
                .filter(entry -> (entry.roles().isEmpty() || authentication.hasAnyRole(entry.roles()))
                        && (entry.notForRoles().isEmpty() || !authentication.hasAnyRole(entry.notForRoles())))
                .toList();
    }

    /** Anonymous: links to sign in and sign up. Signed in: the user's name, opening a menu with "Sign out". */
    private Div userArea() {
        Div area = new Div();
        area.addClassName("dp-user");
        area.setId("user-area");
        if (!authentication.isAuthenticated()) {
            Anchor signIn = new Anchor("login", getTranslation("layout.sign-in"));
            signIn.setId("sign-in-link");
            Anchor signUp = new Anchor("signup", getTranslation("layout.sign-up"));
            signUp.setId("sign-up-link");
            signUp.addClassName("dp-sign-up");
            area.add(signIn, signUp);
            return area;
        }
        // getAuthenticatedUser(HasDisplayName.class) would cast, and fail for any other kind of principal.
        String name = authentication
                .getAuthenticatedUser(Object.class)
                .filter(HasDisplayName.class::isInstance)
                .map(principal -> ((HasDisplayName) principal).displayName())
                .or(authentication::getPrincipalName)
                .orElse("");
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem user = menu.addItem(name);
        user.getElement().setAttribute("aria-label", getTranslation("layout.user-menu", name));
        MenuItem signOut = user.getSubMenu().addItem(getTranslation("layout.sign-out"), e -> authentication.logout());
        signOut.setId("sign-out");
        area.add(menu);
        return area;
    }

    private Footer footer() {
        Paragraph about = new Paragraph(getTranslation("layout.footer.about"));
        Paragraph note = new Paragraph(getTranslation("layout.footer.note"));
        note.addClassName("dp-muted");
        Footer footer = new Footer(about, note);
        footer.addClassName("dp-footer");
        return footer;
    }

    /**
     * Keeps the navigation in step with the user's roles, and the header's search field showing the current search,
     * also for a page opened from a shared link.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        fillNavigation();
        Location location = event.getLocation();
        search.setValue(
                SEARCH_ROUTE.equals(location.getPath())
                        ? location.getQueryParameters().getSingleParameter("q").orElse("")
                        : "");
    }

    /**
     * Opens the search page for {@code text}. The text is cut to {@link #MAX_QUERY_URL_CHARS} so the URL stays
     * shareable and reloadable; the search page tells the visitor when it used less than they typed.
     */
    public static void searchFor(String text) {
        String query = Objects.requireNonNullElse(text, "");
        if (query.codePointCount(0, query.length()) > MAX_QUERY_URL_CHARS) {
            query = query.substring(0, query.offsetByCodePoints(0, MAX_QUERY_URL_CHARS));
        }
        UI.getCurrent().navigate(SEARCH_ROUTE, QueryParameters.simple(Map.of("q", query)));
    }

    /**
     * The real layout is on its way to the browser: the static copy of the header the shell may carry goes as soon as
     * the layout is in the page (again after a language switch, when there is none left: harmless).
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        PrePaint.removeFrom(attachEvent.getUI());
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }
}
