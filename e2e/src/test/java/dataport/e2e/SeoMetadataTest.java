package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Playwright;
import dataport.e2e.pages.SearchEngineView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a search engine reads of the running jar without a browser: a demo listing's first HTML response carries the
 * schema.org Product data Google's rich results need for a product with offers (name; offers with a positive decimal
 * price, an ISO currency, availability and the page's address), and its canonical and hreflang addresses.
 */
class SeoMetadataTest {

    static Playwright playwright;
    static APIRequestContext crawler;

    @BeforeAll
    static void crawlerWithoutBrowser() {
        playwright = Playwright.create();
        crawler = playwright.request()
                .newContext(new APIRequest.NewContextOptions()
                        .setBaseURL(E2eTest.BASE_URL)
                        .setExtraHTTPHeaders(Map.of("Accept-Language", "en", "Accept", "text/html"))
                        .setTimeout(60_000));
    }

    @AfterAll
    static void close() {
        if (crawler != null) {
            crawler.dispose();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aDemoListingPageCarriesValidProductDataAndItsLanguageAddresses() {
        String address = SearchEngineView.sitemapAddresses(crawler, "/sitemap.xml").stream()
                .filter(loc -> loc.contains("/listings/") && loc.endsWith("?lang=zh"))
                .findFirst()
                .orElseThrow();
        String path = address.substring(address.indexOf("/listings/"), address.indexOf('?'));

        SearchEngineView listing = SearchEngineView.fetch(crawler, path + "?lang=zh");

        assertThat(listing.status()).isEqualTo(200);
        assertThat(listing.title()).endsWith(" · DataPort 数贸港").hasSizeGreaterThan(" · DataPort 数贸港".length());
        assertThat(listing.canonicals()).singleElement().asString().endsWith(path + "?lang=zh");
        assertThat(listing.alternates()).containsOnlyKeys("en", "zh-Hans", "x-default");
        assertThat(listing.alternates().get("en")).endsWith(path + "?lang=en");
        assertThat(listing.alternates().get("x-default")).endsWith(path);

        List<JsonObject> products = listing.structuredData("Product");
        assertThat(products).hasSize(1);
        JsonObject product = products.getFirst();
        assertThat(product.get("@context").getAsString()).isEqualTo("https://schema.org");
        assertThat(product.get("name").getAsString()).isNotBlank();
        assertThat(listing.title()).startsWith(product.get("name").getAsString());
        assertThat(product.get("url").getAsString()).isEqualTo(listing.canonicals().getFirst());
        assertThat(product.has("offers") || product.has("aggregateRating"))
                .as("Google needs offers, a review or a rating")
                .isTrue();
        for (JsonElement element : product.getAsJsonArray("offers")) {
            JsonObject offer = element.getAsJsonObject();
            assertThat(offer.get("@type").getAsString()).isEqualTo("Offer");
            assertThat(offer.get("price").getAsString()).matches("\\d+(\\.\\d+)?");
            assertThat(new BigDecimal(offer.get("price").getAsString())).isPositive();
            assertThat(offer.get("priceCurrency").getAsString()).matches("[A-Z]{3}");
            assertThat(offer.get("availability").getAsString()).startsWith("https://schema.org/");
            assertThat(offer.get("url").getAsString()).isEqualTo(listing.canonicals().getFirst());
            assertThat(offer.getAsJsonObject("seller").get("name").getAsString()).isNotBlank();
        }
    }

    @Test
    void theSameListingInEnglishNamesItselfInEnglishAndRobotsTxtPointsToTheSitemap() {
        String address = SearchEngineView.sitemapAddresses(crawler, "/sitemap.xml").stream()
                .filter(loc -> loc.contains("/listings/") && loc.endsWith("?lang=en"))
                .findFirst()
                .orElseThrow();
        String path = address.substring(address.indexOf("/listings/"));

        SearchEngineView listing = SearchEngineView.fetch(crawler, path);

        assertThat(listing.title()).endsWith(" · DataPort");
        assertThat(listing.canonicals()).singleElement().asString().endsWith(path);
        assertThat(crawler.get("/robots.txt").text()).contains("Disallow: /workspace", "Sitemap: ");
    }
}
