package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import dataport.e2e.pages.ListingPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotFoundTest extends E2eTest {

    @ParameterizedTest
    @ValueSource(strings = {"999999999", "not-a-number"})
    void unknownListingShowsATranslatedNotFoundPageWithStatus404(String id) {
        ListingPage listing = new ListingPage(page);

        Response response = listing.open(id);

        assertThat(response.status()).isEqualTo(404);
        assertThat(listing.heading()).isEqualTo("Page not found");
        assertThat(page.content()).doesNotContain("Exception", "at dataport.");

        listing.switchLanguage();
        assertThat(listing.heading()).isEqualTo("页面不存在");
    }

    /** Search engines and link checkers see what a reader sees: a page that names nothing is a 404. */
    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/categories/no-such-category", "/merchants/no-such-merchant",
        "/exhibits/no-such-exhibit", "/listings/1/extra"})
    void everyAddressThatNamesNothingAnswers404(String path) {
        Response response = page.navigate(path);

        assertThat(response.status()).as(path).isEqualTo(404);
    }

    @Test
    void pagesThatExistStillAnswer200() {
        for (String path : new String[] {"/", "/categories/cloud", "/merchants/harbour-data", "/search"}) {
            assertThat(page.navigate(path).status()).as(path).isEqualTo(200);
        }
        new ListingPage(page).waitForVaadin();
        String listing = page.locator("a[href*='listings/']").first().getAttribute("href");
        assertThat(page.navigate("/" + listing.replaceFirst("^/", "")).status()).as(listing).isEqualTo(200);
    }
}
