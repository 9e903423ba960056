package dataport.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import dataport.shared.Languages;
import java.util.Map;
import java.util.Objects;

/** The frame of every page: a header with brand, navigation, search and language switch; content; a footer. */
public class MainLayout extends Div implements RouterLayout {

    /** The search view's route; the layout links to it by path so the shared module need not depend on search. */
    public static final String SEARCH_ROUTE = "search";

    private final Main content = new Main();
    private final TextField search = new TextField();

    public MainLayout() {
        addClassName("dp-app");
        Anchor skip = new Anchor("#main", getTranslation("layout.skip-to-content"));
        skip.addClassName("dp-skip-link");
        content.setId("main");
        content.addClassName("dp-main");
        add(skip, header(), content, footer());
    }

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

        Nav nav = new Nav();
        nav.addClassName("dp-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav"));
        nav.add(new Anchor("", getTranslation("nav.home")), new Anchor(SEARCH_ROUTE, getTranslation("nav.browse")));

        search.setPlaceholder(getTranslation("search.placeholder"));
        search.getElement().setAttribute("aria-label", getTranslation("search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(10_000);
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

        Header header = new Header(brand, nav, search, language);
        header.addClassName("dp-header");
        return header;
    }

    private Footer footer() {
        Paragraph about = new Paragraph(getTranslation("layout.footer.about"));
        Paragraph note = new Paragraph(getTranslation("layout.footer.note"));
        note.addClassName("dp-muted");
        Footer footer = new Footer(about, note);
        footer.addClassName("dp-footer");
        return footer;
    }

    /** Shows {@code text} in the header's search field, e.g. when a search page is opened from a shared link. */
    public void showQuery(String text) {
        search.setValue(Objects.requireNonNullElse(text, ""));
    }

    public static void searchFor(String text) {
        UI.getCurrent()
                .navigate(SEARCH_ROUTE, QueryParameters.simple(Map.of("q", Objects.requireNonNullElse(text, ""))));
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
