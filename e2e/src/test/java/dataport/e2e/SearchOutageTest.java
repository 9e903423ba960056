package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.HomePage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.SearchPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs only after ./dataport test has stopped Elasticsearch (tag "search-down"): the site keeps working and search
 * says, translated, that it is temporarily unavailable.
 */
@Tag("search-down")
class SearchOutageTest extends E2eTest {

    @Test
    void searchSaysItIsUnavailableWhileTheRestOfTheSiteWorks() {
        HomePage home = new HomePage(page).open();
        assertThat(home.recentListings().count()).isEqualTo(12);
        String firstListing = home.recentListings().first().locator(".dp-card-link").getAttribute("href");

        SearchPage search = home.search("cloud storage");
        assertThat(search.unavailableMessage().innerText()).contains("Search is temporarily unavailable");
        screenshot("search-unavailable-desktop-en");

        search.switchLanguage();
        assertThat(search.unavailableMessage().innerText()).contains("搜索服务暂时不可用");

        ListingPage listing = new ListingPage(page);
        listing.open(firstListing.replaceFirst(".*listings/", ""));
        assertThat(listing.title()).isNotBlank();

        var health = page.request().get(BASE_URL + "/actuator/health/elasticsearch");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.text()).contains("DOWN");
    }
}
