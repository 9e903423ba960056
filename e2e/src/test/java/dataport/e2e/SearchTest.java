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

    @Test
    void tickingAFacetChangesTheCountsAndTheUrlAndAReloadKeepsIt() {
        SearchPage results = new SearchPage(page).open("data");
        long all = results.countNumber();

        results.tick("origin", "Foreign", "origin=FOREIGN");

        long foreign = results.countNumber();
        assertThat(foreign).isPositive().isLessThan(all);
        assertThat(results.isTicked("origin", "Foreign")).isTrue();
        // The ticked facet still offers the other value with its count; other facets now count foreign listings only.
        assertThat(results.facetValue("origin", "Domestic").innerText()).matches("Domestic \\(\\d+\\)");
        results.tick("delivery", "API", "delivery=API");
        long foreignApi = results.countNumber();
        assertThat(foreignApi).isPositive().isLessThanOrEqualTo(foreign);
        assertThat(page.url()).contains("q=data").contains("origin=FOREIGN").contains("delivery=API");
        screenshot("search-facets-desktop-en");

        page.reload();
        results.waitForVaadin();

        assertThat(results.countNumber()).isEqualTo(foreignApi);
        assertThat(results.isTicked("origin", "Foreign")).isTrue();
        assertThat(results.isTicked("delivery", "API")).isTrue();
        Accessibility.assertAccessible(page, "search with facets");
    }

    @Test
    void chineseFacetsAreInChineseAndFilterTheResults() {
        useViewport(Viewport.DESKTOP, "zh-CN");
        SearchPage results = new SearchPage(page).open("数据");
        long all = results.countNumber();

        results.tick("origin", "境外", "origin=FOREIGN");

        assertThat(results.countNumber()).isPositive().isLessThan(all);
        assertThat(page.locator("#facet-delivery").innerText()).contains("交付方式");
        assertThat(results.whyLines()).anySatisfy(line -> assertThat(line).startsWith("匹配"));
        screenshot("search-facets-desktop-zh");
    }

    @Test
    void sortingIsInTheUrl() {
        SearchPage results = new SearchPage(page).open("cloud");

        results.sortBy("Price: low to high");

        page.waitForURL(url -> url.contains("sort=price"));
        page.reload();
        results.waitForVaadin();
        assertThat(page.locator("#search-sort")).isNotNull();
        assertThat(page.locator("#search-sort").innerText()).contains("Price: low to high");
    }

    @Test
    void pickingASuggestionOpensThatListing() {
        SearchPage results = new SearchPage(page).open("");

        var items = results.typeForSuggestions("Post-Quan");
        String suggestion = items.first().innerText().strip();
        assertThat(suggestion).startsWith("Post-Quantum");

        ListingPage listing = results.pickSuggestion(items.first());

        assertThat(listing.title()).isEqualTo(suggestion);
    }

    @Test
    void chineseTypingSuggestsChineseTitles() {
        useViewport(Viewport.DESKTOP, "zh-CN");
        SearchPage results = new SearchPage(page).open("");

        var items = results.typeForSuggestions("隐私");

        assertThat(items.allInnerTexts()).anySatisfy(t -> assertThat(t).contains("隐私"));
    }

    @Test
    void aMisspeltSearchOffersTheCorrectionAndCloseMatches() {
        SearchPage results = new SearchPage(page).open("xloud storage");

        assertThat(results.count()).isEqualTo("0 listings");
        assertThat(results.alternatives().count()).isPositive();
        assertThat(results.didYouMean().innerText()).isEqualTo("cloud storage");
        screenshot("search-no-results-desktop-en");

        results.didYouMean().click();
        page.waitForURL(url -> url.contains("q=cloud+storage") || url.contains("q=cloud%20storage"));
        results.waitForVaadin();

        assertThat(results.countNumber()).isPositive();
    }

    @Test
    void filtersThatLeaveNothingCanBeRemovedInOneClick() {
        SearchPage results = new SearchPage(page).openUrl("/search?q=cloud&country=AQ");

        assertThat(results.count()).isEqualTo("0 listings");
        results.removeFilters().click();
        page.waitForURL(url -> !url.contains("country="));
        results.waitForVaadin();

        assertThat(results.countNumber()).isPositive();
        assertThat(page.url()).contains("q=cloud");
    }

    @Test
    void hostileParametersAndPagesPastTheEndStillShowResults() {
        SearchPage results = new SearchPage(page).openUrl("/search?q=cloud&page=999&sort=%27%3B--&delivery=%3Cb%3E");

        assertThat(results.results().count()).isPositive();
        assertThat(page.locator("text=Something went wrong").count()).isZero();
    }

    @Test
    void onAPhoneTheFiltersFoldAwayAndOpenOnATap() {
        for (String locale : new String[] {"en-US", "zh-CN"}) {
            useViewport(Viewport.MOBILE, locale);
            SearchPage results = new SearchPage(page).open(locale.startsWith("zh") ? "云存储" : "cloud storage");
            page.waitForTimeout(300);
            assertThat(results.filters().getAttribute("opened")).isNull();
            assertNoHorizontalScroll();
            String language = locale.substring(0, 2);
            screenshot("search-phone-" + language);

            results.filters().locator("vaadin-details-summary").click();
            page.waitForTimeout(300);
            assertThat(results.facetValue("origin", language.equals("zh") ? "境" : "D").isVisible())
                    .isTrue();
            assertNoHorizontalScroll();
            screenshot("search-phone-filters-" + language);
        }
    }
}
