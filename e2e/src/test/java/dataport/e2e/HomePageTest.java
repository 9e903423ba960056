package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.HomePage;
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
