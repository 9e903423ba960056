package dataport.e2e;

import dataport.e2e.pages.HomePage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MerchantPage;
import dataport.e2e.pages.SearchPage;
import dataport.e2e.pages.SignUpPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Saves every view at desktop and phone width in both languages under e2e/target/screenshots, for a person to look
 * at; and checks on the way that nothing overflows sideways on a phone.
 */
class ScreenshotsTest extends E2eTest {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void everyViewInBothLanguages(Viewport viewport) {
        useViewport(viewport);
        String size = viewport.name().toLowerCase();
        for (String language : new String[] {"en", "zh"}) {
            HomePage home = new HomePage(page).open();
            if (language.equals("zh")) {
                home.switchLanguage();
            }
            assertNoHorizontalScroll();
            screenshot("home-" + size + "-" + language);

            SearchPage search = home.search(language.equals("zh") ? "跨境数据" : "cloud storage");
            assertNoHorizontalScroll();
            screenshot("search-" + size + "-" + language);

            search.openResult(0);
            assertNoHorizontalScroll();
            screenshot("listing-" + size + "-" + language);

            new ListingPage(page).openMerchant();
            assertNoHorizontalScroll();
            screenshot("merchant-" + size + "-" + language);

            // A whitelisted merchant, so the badge is in the picture.
            new MerchantPage(page).open("meridian-straits");
            assertNoHorizontalScroll();
            screenshot("merchant-whitelisted-" + size + "-" + language);

            new ListingPage(page).open("999999999");
            screenshot("not-found-" + size + "-" + language);

            new LoginPage(page).open();
            assertNoHorizontalScroll();
            screenshot("login-" + size + "-" + language);

            new SignUpPage(page).open();
            assertNoHorizontalScroll();
            screenshot("signup-" + size + "-" + language);
        }
    }
}
