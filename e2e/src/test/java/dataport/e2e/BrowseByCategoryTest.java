package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.CategoryPage;
import dataport.e2e.pages.HomePage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.MerchantPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A buyer browses without searching: home, a track, one of its sub-tracks, a listing, and a related listing. */
class BrowseByCategoryTest extends E2eTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|Cloud services|Cloud storage|Home / Cloud services / Cloud storage|DataPort|Related listings",
                "zh-CN|云服务|云存储|首页 / 云服务 / 云存储|DataPort 数贸港|相关产品"
            })
    void homeToTrackToSubTrackToListingToRelatedListing(
            String locale, String track, String subTrack, String breadcrumb, String appName, String related) {
        useViewport(Viewport.DESKTOP, locale);
        new HomePage(page).open();
        assertThat(page.locator("#tracks .dp-track").count()).isGreaterThanOrEqualTo(12);

        CategoryPage category = CategoryPage.fromHome(page, "cloud");
        assertThat(category.title()).isEqualTo(track);
        assertThat(page.title()).isEqualTo(track + " · " + appName);
        assertThat(category.subTracks().count()).isGreaterThanOrEqualTo(4);
        assertThat(category.listings().count()).isPositive();
        Accessibility.assertAccessible(page, "category " + locale);

        category.openSubTrack("cloud-storage");
        assertThat(category.title()).isEqualTo(subTrack);
        assertThat(category.breadcrumb()).isEqualTo(breadcrumb);
        assertThat(page.title()).isEqualTo(subTrack + " · " + appName);
        assertThat(page.url()).endsWith("/categories/cloud-storage");

        ListingPage listing = category.openListing(0);
        String firstUrl = page.url();
        String firstTitle = listing.title();
        assertThat(page.locator("#related-listings h2").innerText()).isEqualTo(related);
        assertThat(page.locator("#related-listings .dp-card").count()).isBetween(1, 4);

        page.locator("#related-listings .dp-card .dp-card-link").first().click();
        page.waitForURL(url -> !url.equals(firstUrl) && url.contains("/listings/"));
        listing.waitForVaadin();
        assertThat(listing.title()).isNotEqualTo(firstTitle);
        assertThat(page.title()).isEqualTo(listing.title() + " · " + appName);
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aSharedCategoryLinkOpensTheSamePageAndCardLabelsLeadToTheirTrack(Viewport viewport) {
        useViewport(viewport);
        CategoryPage category = new CategoryPage(page);
        category.open("quantum-comms");
        assertThat(category.title()).isEqualTo("Quantum communication & QRNG");
        assertNoHorizontalScroll();

        category.listings().first().locator("a.dp-card-track").click();
        page.waitForURL("**/categories/quantum");
        category.waitForVaadin();
        assertThat(category.title()).isEqualTo("Quantum computing");
        assertThat(category.count()).endsWith("listings");

        category.open("no-such-track");
        assertThat(category.heading()).isEqualTo("Page not found");
    }

    /** Screenshots of the browsing pages at both widths in both languages, for a person to look at. */
    @ParameterizedTest
    @EnumSource(Viewport.class)
    void screenshotsOfTheBrowsingPages(Viewport viewport) {
        String size = viewport.name().toLowerCase();
        for (String language : new String[] {"en", "zh"}) {
            useViewport(viewport, language.equals("zh") ? "zh-CN" : "en-US");
            new HomePage(page).open();
            assertNoHorizontalScroll();
            screenshot("browse-home-" + size + "-" + language);

            CategoryPage category = new CategoryPage(page);
            category.open("data-security");
            assertNoHorizontalScroll();
            screenshot("browse-track-" + size + "-" + language);

            category.open("sec-privacy-computing");
            assertNoHorizontalScroll();
            screenshot("browse-subtrack-" + size + "-" + language);

            String slug = System.getProperty("screenshots.merchant", "harbour-data");
            new MerchantPage(page).open(slug);
            assertNoHorizontalScroll();
            screenshot("browse-merchant-" + size + "-" + language);
        }
    }
}
