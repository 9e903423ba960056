package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.SearchAdminPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ADMIN's search index page: what serves searches, and a full rebuild while searches keep working. */
class SearchAdminTest extends E2eTest {

    private static final String ADMIN = "admin@dataport.example";
    private static final String DEMO_PASSWORD = "DataPort-Demo-2026!";

    @Test
    void anAdminRebuildsTheIndexAndSearchesSwitchToTheNewOne() {
        new LoginPage(page).open().signIn(ADMIN, DEMO_PASSWORD);
        SearchAdminPage admin = new SearchAdminPage(page).open();
        String before = admin.indexName();
        assertThat(before).contains("-listings-");
        String[] counts = admin.counts().split(" / ");
        assertThat(counts[0]).isEqualTo(counts[1]);

        admin.rebuild();
        String last = admin.awaitRebuilt();

        assertThat(last).startsWith("Last rebuild finished");
        assertThat(admin.indexName()).isNotEqualTo(before);
        screenshot("admin-search-desktop-en");
    }

    @ParameterizedTest
    @CsvSource({"MOBILE, en-US, admin-search-phone-en", "MOBILE, zh-CN, admin-search-phone-zh",
        "DESKTOP, zh-CN, admin-search-desktop-zh"})
    void thePageReadsWellOnAPhoneAndInChinese(Viewport viewport, String locale, String name) {
        useViewport(viewport, locale);
        new LoginPage(page).open().signIn(ADMIN, DEMO_PASSWORD);
        SearchAdminPage admin = new SearchAdminPage(page).open();

        assertThat(admin.heading()).isEqualTo(locale.startsWith("zh") ? "搜索索引" : "Search index");
        assertNoHorizontalScroll();
        Accessibility.assertAccessible(page, "admin search " + locale);
        screenshot(name);
    }
}
