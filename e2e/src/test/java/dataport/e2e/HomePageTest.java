package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.HomePage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HomePageTest extends E2eTest {

    @Test
    void homePageShowsTheNewestListingsInEnglish() {
        HomePage home = new HomePage(page).open();

        assertThat(home.heading()).isEqualTo("The digital trade showcase of Lingang");
        assertThat(home.htmlLang()).isEqualTo("en");
        assertThat(home.recentListings().count()).isEqualTo(12);
        assertThat(page.title()).startsWith("DataPort");
    }

    @Test
    void languageSwitchShowsChineseAndIsRemembered() {
        HomePage home = new HomePage(page).open();

        home.switchLanguage();
        assertThat(home.heading()).isEqualTo("临港数字贸易线上展示平台");
        assertThat(home.htmlLang()).isEqualTo("zh-CN");

        home.open();
        assertThat(home.heading()).isEqualTo("临港数字贸易线上展示平台");
        assertThat(home.recentListings().count()).isEqualTo(12);

        home.switchLanguage();
        assertThat(home.heading()).isEqualTo("The digital trade showcase of Lingang");
    }

    /**
     * The shell carries a static copy of the header and hero (shared.ui.PrePaint), so the hero paints before the
     * JavaScript has run; once Vaadin has rendered, the copy is gone, and the real hero stands exactly where it stood.
     */
    @Test
    void theHeroIsPaintedFromTheShellAndReplacedInPlaceByTheRealPage() {
        assertThat(page.request().get("/?lang=zh").text()).contains("id=\"dp-prepaint\"", "临港数字贸易线上展示平台");
        for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.MOBILE)) {
            useViewport(viewport);
            page.addInitScript(
                    """
                    document.addEventListener('DOMContentLoaded', () => {
                      const box = selector => {
                        const e = document.querySelector('#dp-prepaint ' + selector);
                        if (!e) return null;
                        const r = e.getBoundingClientRect();
                        return [r.x, r.y, r.width, r.height].map(Math.round);
                      };
                      window.prePainted = {header: box('.dp-header'), h1: box('h1'), row: box('.dp-hero-search-row')};
                    });
                    """);
            new HomePage(page).open();

            assertThat(page.locator("#dp-prepaint").count()).isZero();
            assertThat(page.locator("h1").count()).isEqualTo(1);
            assertThat(page.locator("main").count()).isEqualTo(1);
            assertThat(page.locator("header").count()).isEqualTo(1);
            Map<?, ?> prePainted = (Map<?, ?>) page.evaluate("() => window.prePainted");
            assertThat(prePainted.get("h1")).as("pre-painted hero in the shell").isNotNull();
            for (Map.Entry<String, String> part : Map.of(
                            "header", "#outlet .dp-header", "h1", "#outlet h1", "row", "#outlet .dp-hero-search-row")
                    .entrySet()) {
                Object real = page.evaluate(
                        """
                        s => {
                          const r = document.querySelector(s).getBoundingClientRect();
                          return [r.x, r.y, r.width, r.height].map(Math.round);
                        }
                        """,
                        part.getValue());
                assertThat(real).as(viewport + " " + part.getKey()).isEqualTo(prePainted.get(part.getKey()));
            }
        }
    }

    @Test
    void aChineseBrowserGetsChineseFirst() {
        context.close();
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setBaseURL(BASE_URL));
        page = context.newPage();

        assertThat(new HomePage(page).open().heading()).isEqualTo("临港数字贸易线上展示平台");
    }
}
