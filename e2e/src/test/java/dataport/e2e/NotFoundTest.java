package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.ListingPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotFoundTest extends E2eTest {

    @ParameterizedTest
    @ValueSource(strings = {"999999999", "not-a-number"})
    void unknownListingShowsATranslatedNotFoundPage(String id) {
        ListingPage listing = new ListingPage(page);

        listing.open(id);

        assertThat(listing.heading()).isEqualTo("Page not found");
        assertThat(page.content()).doesNotContain("Exception", "at dataport.");

        listing.switchLanguage();
        assertThat(listing.heading()).isEqualTo("页面不存在");
    }
}
