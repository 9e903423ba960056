package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.HomePage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.SearchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest extends E2eTest {

    @Test
    void chineseQueryFindsCrossBorderDataListings() {
        HomePage home = new HomePage(page).open();
        home.switchLanguage();

        SearchPage results = home.search("跨境数据");

        assertThat(results.count()).matches("共 \\d+ 件商品");
        assertThat(results.resultTitles()).isNotEmpty();
        assertThat(results.resultTexts().subList(0, 3)).allSatisfy(text -> assertThat(text).contains("跨境"));
        assertThat(results.highlightCount()).isPositive();
        assertThat(page.url()).contains("q=%E8%B7%A8%E5%A2%83");
    }

    @Test
    void englishQueryFindsCloudStorageAndOpensTheListing() {
        SearchPage results = new HomePage(page).open().search("cloud storage");

        assertThat(results.count()).matches("\\d+ listings");
        assertThat(results.resultTexts().subList(0, 3))
                .allSatisfy(text -> assertThat(text.toLowerCase()).contains("storage"));
        String firstTitle = results.resultTitles().getFirst().strip();

        ListingPage listing = results.openResult(0);

        assertThat(listing.title()).isEqualTo(firstTitle);
        assertThat(listing.plans()).contains("Plans and pricing");
        assertThat(listing.merchantCard()).contains("Sold by");
        assertThat(page.title()).startsWith(firstTitle);
    }

    @Test
    void reloadingASearchKeepsItsState() {
        SearchPage results = new SearchPage(page).open("cloud storage");
        String before = results.count();

        page.reload();
        results.waitForVaadin();

        assertThat(results.count()).isEqualTo(before);
        assertThat(results.heading()).contains("cloud storage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "back\\slash", "*", "😀🚀", "   ", "<script>alert(1)</script>"})
    void hostileQueriesGiveResultsOrAClearNoResultsPage(String query) {
        SearchPage results = new HomePage(page).open().searchFromHeader(query);

        assertThat(results.count()).matches("\\d+ listings?|1 listing");
        assertThat(page.locator("text=Something went wrong").count()).isZero();
        if (results.results().count() == 0) {
            assertThat(results.showsNoResults()).isTrue();
        }
    }

    @Test
    void tenThousandCharacterQueryIsHandled() {
        SearchPage results = new SearchPage(page).open("data ".repeat(2_000));

        assertThat(results.count()).matches("\\d+ listings");
        assertThat(page.locator("text=only its first").count()).isEqualTo(1);
    }

    @Test
    void nothingMatchingSaysSoWithASuggestion() {
        SearchPage results = new SearchPage(page).open("zzqqxxwwvv");

        assertThat(results.count()).isEqualTo("0 listings");
        assertThat(results.showsNoResults()).isTrue();
        assertThat(page.locator("#search-none").innerText()).contains("Try fewer");
    }
}
