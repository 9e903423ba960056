package dataport.exhibits.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dataport.shared.ui.HeaderMarker;
import dataport.shared.ui.NavigationEntry;
import dataport.shared.ui.PrePaint;
import dataport.shared.ui.PrePaintedPage;
import dataport.shared.ui.Translations;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class HomePrePaintTest {

    private static final String SHELL = """
            <!DOCTYPE html><html><head><meta charset="UTF-8">
            <script type="module" crossorigin src="./VAADIN/build/indexhtml-Ab12_-x.js"></script>
            </head><body><div id="outlet"></div></body></html>
            """;

    private static final Translations TRANSLATIONS = new Translations();

    private final AuthenticationContext authentication = mock(AuthenticationContext.class);

    @Test
    void theHomePageShellCarriesTheHeaderAndHeroInEnglishBeforeTheOutlet() {
        Document shell = shellFor(request("/", null, null, Locale.ENGLISH), TRANSLATIONS);

        Element prepaint = shell.getElementById(PrePaint.ID);
        assertThat(prepaint).isNotNull();
        assertThat(prepaint.nextElementSibling().id()).isEqualTo("outlet");
        assertThat(prepaint.attr("lang")).isEqualTo("en");
        assertThat(prepaint.select("h1").text()).isEqualTo("The digital trade showcase of Lingang");
        assertThat(prepaint.select(".dp-hero .dp-lead").text()).startsWith("Find cloud services");
        assertThat(prepaint.select(".dp-header .dp-brand-name").text()).isEqualTo("DataPort");
        assertThat(prepaint.select(".dp-nav a").eachText()).containsExactly("Home", "Browse listings", "Exhibits");
        assertThat(prepaint.select(".dp-nav a").eachAttr("href")).containsExactly("", "search", "exhibits");
        assertThat(prepaint.select(".dp-header-marker").text()).isEqualTo("Test mode: no real payments");
        assertThat(prepaint.select(".dp-language").text()).isEqualTo("简体中文");
        assertThat(prepaint.select(".dp-user a").eachAttr("href")).containsExactly("login", "signup");
        assertThat(prepaint.select(".dp-examples a").eachAttr("href"))
                .containsExactly(
                        "search?q=cloud+storage",
                        "search?q=%E8%B7%A8%E5%A2%83%E6%95%B0%E6%8D%AE",
                        "search?q=privacy+computing");
    }

    @Test
    void nothingInThePrePaintCanBeTypedIntoOrPressedAndNoIdIsTakenFromTheRealPage() {
        Element prepaint =
                shellFor(request("/", null, null, Locale.ENGLISH), TRANSLATIONS).getElementById(PrePaint.ID);

        assertThat(prepaint.select("input, textarea, select, button, [contenteditable], [tabindex]"))
                .isEmpty();
        assertThat(prepaint.select("[id]:not(#" + PrePaint.ID + ")")).isEmpty();
        assertThat(prepaint.select(".dp-prepaint-field, .dp-prepaint-button"))
                .hasSize(4)
                .allSatisfy(placeholder ->
                        assertThat(placeholder.attr("aria-hidden")).isEqualTo("true"));
        assertThat(prepaint.select(".dp-hero-search.dp-prepaint-field").text())
                .isEqualTo("What are you looking for? e.g. cloud storage, 跨境数据");
    }

    @Test
    void theLanguageIsTheOneTheViewWillUseParameterCookieOrBrowser() {
        assertThat(heading(request("/", "zh", null, Locale.ENGLISH))).isEqualTo("临港数字贸易线上展示平台");
        assertThat(heading(request("/", null, "zh-CN", Locale.ENGLISH))).isEqualTo("临港数字贸易线上展示平台");
        assertThat(heading(request("/", null, null, Locale.SIMPLIFIED_CHINESE))).isEqualTo("临港数字贸易线上展示平台");
        assertThat(heading(request("/", "en", "zh-CN", Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("The digital trade showcase of Lingang");

        Element chinese = shellFor(request("/", null, null, Locale.SIMPLIFIED_CHINESE), TRANSLATIONS)
                .getElementById(PrePaint.ID);
        assertThat(chinese.attr("lang")).isEqualTo("zh-CN");
        assertThat(chinese.select(".dp-nav a").eachText()).startsWith("首页", "浏览商品");
        assertThat(chinese.select(".dp-language").text()).isEqualTo("English");
        assertThat(chinese.select(".dp-hero-search-row .dp-prepaint-button").text())
                .isEqualTo("搜索");
    }

    @Test
    void otherPagesAndSignedInVisitorsGetTheShellUnchanged() {
        for (String path : List.of("/search", "/listings/42", "/login", "/exhibits")) {
            assertThat(shellFor(request(path, null, null, Locale.ENGLISH), TRANSLATIONS)
                            .getElementById(PrePaint.ID))
                    .as(path)
                    .isNull();
        }
        when(authentication.isAuthenticated()).thenReturn(true);
        assertThat(shellFor(request("/", null, null, Locale.ENGLISH), TRANSLATIONS)
                        .getElementById(PrePaint.ID))
                .isNull();
    }

    @Test
    void textIsEscapedNotParsedAsMarkup() {
        I18NProvider hostile = new I18NProvider() {
            @Override
            public List<Locale> getProvidedLocales() {
                return TRANSLATIONS.getProvidedLocales();
            }

            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                return key.equals("home.title")
                        ? "<script>alert(1)</script> & co"
                        : TRANSLATIONS.getTranslation(key, locale);
            }
        };

        Document shell = shellFor(request("/", null, null, Locale.ENGLISH), hostile);

        assertThat(shell.getElementById(PrePaint.ID).select("script")).isEmpty();
        assertThat(shell.select("h1").text()).isEqualTo("<script>alert(1)</script> & co");
        assertThat(shell.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    }

    private String heading(VaadinRequest request) {
        return shellFor(request, TRANSLATIONS).select("#" + PrePaint.ID + " h1").text();
    }

    private Document shellFor(VaadinRequest request, I18NProvider translations) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of(
                "exhibits", new NavigationEntry("exhibits", "exhibits.nav", Set.of(), 50),
                "curation", new NavigationEntry("curation/exhibits", "exhibits.nav", Set.of("CURATOR"), 80),
                "testMode", (HeaderMarker) () -> "orders.test-mode",
                "home", new HomePrePaint(translations)));
        PrePaint prePaint = new PrePaint(
                translations,
                authentication,
                beans.getBeanProvider(NavigationEntry.class),
                beans.getBeanProvider(HeaderMarker.class),
                beans.getBeanProvider(PrePaintedPage.class));
        Document shell = Jsoup.parse(SHELL);
        prePaint.addTo(shell, request);
        return shell;
    }

    private static VaadinRequest request(String path, String parameter, String cookie, Locale browser) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getPathInfo()).thenReturn(path);
        when(request.getParameter(any())).thenReturn(parameter);
        when(request.getCookies())
                .thenReturn(cookie == null ? null : new Cookie[] {new Cookie("dataport-lang", cookie)});
        when(request.getLocale()).thenReturn(browser);
        return request;
    }
}
