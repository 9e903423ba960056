package dataport.search;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.TestListings;
import dataport.merchants.MerchantService;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Search against the real Elasticsearch with DataPort's analysis plugin, over the demo catalogue. */
@IntegrationTest
class SearchIntegrationTest {

    @Autowired
    SearchService search;

    @Autowired
    CatalogService catalog;

    @Autowired
    MerchantService merchants;

    @Test
    void chineseQueryFindsCrossBorderDataListings() {
        SearchResults results = search("跨境数据", Languages.CHINESE);

        assertThat(results.isAvailable()).isTrue();
        assertThat(results.total()).isGreaterThanOrEqualTo(3);
        assertThat(results.hits().subList(0, 3))
                .allSatisfy(
                        hit -> assertThat(hit.title().zh() + hit.summary().zh()).contains("跨境"));
        assertThat(results.hits().getFirst().titleHighlight().zh()
                        + results.hits().getFirst().summaryHighlight().zh())
                .contains("<mark>");
    }

    @Test
    void englishQueryFindsCloudStorageListings() {
        SearchResults results = search("cloud storage", Languages.ENGLISH);

        assertThat(results.total()).isGreaterThanOrEqualTo(3);
        assertThat(results.hits().subList(0, 3))
                .allSatisfy(hit -> assertThat(
                                (hit.title().en() + " " + hit.summary().en()).toLowerCase())
                        .contains("storage"));
        assertThat(results.hits().getFirst().titleHighlight().en()).contains("<mark>");
    }

    @Test
    void englishStemmingMatchesOtherWordForms() {
        SearchResults plural = search("clouds storages", Languages.ENGLISH);

        assertThat(plural.total()).isGreaterThanOrEqualTo(3);
        assertThat(plural.hits().subList(0, 3))
                .allSatisfy(hit -> assertThat(
                                (hit.title().en() + " " + hit.summary().en()).toLowerCase())
                        .contains("storage"));
    }

    @Test
    void typosInEnglishAreForgiven() {
        SearchResults results = search("federated lerning", Languages.ENGLISH);

        assertThat(results.hits()).isNotEmpty();
        assertThat(results.hits().getFirst().title().en()).contains("Federated Learning");
    }

    @Test
    void chineseQueryFindsListingsThroughBilingualSynonyms() {
        SearchResults results = search("云存储", Languages.CHINESE);

        assertThat(results.hits().subList(0, 3))
                .allSatisfy(hit -> assertThat(hit.title().en().toLowerCase()).contains("storage"));
    }

    @Test
    void highlightsEscapeTheListingsOwnText() {
        SearchResults results = search("cloud", Languages.ENGLISH);

        assertThat(results.hits()).isNotEmpty();
        results.hits().forEach(hit -> {
            String html = String.valueOf(hit.titleHighlight().en())
                    + hit.summaryHighlight().en();
            assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"unbalanced quote",
                "back\\slash\\",
                "*",
                "cloud AND (storage OR",
                "😀🚀 数据",
                "   ",
                "title:foo^3 ~2 /regex/",
                "\u0000\u001b[31m control"
            })
    void anyQueryGivesResultsOrNoResultsNeverAnError(String query) {
        SearchResults results = search(query, Languages.ENGLISH);

        assertThat(results.isAvailable()).isTrue();
        assertThat(results.total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void tenThousandCharacterQueryIsCutAndStillAnswered() {
        SearchResults results = search("cloud ".repeat(2_000), Languages.ENGLISH);

        assertThat(results.isAvailable()).isTrue();
        assertThat(results.query().truncated()).isTrue();
        assertThat(results.total()).isPositive();
    }

    @Test
    void emptyQueryListsAllPublishedListingsNewestFirst() {
        SearchResults results = search("", Languages.ENGLISH);

        assertThat(results.total()).isEqualTo(catalog.countPublished());
    }

    @Test
    void pagePastTheEndShowsTheLastPageNotAnError() {
        SearchResults results = search.search(new SearchRequest("cloud", 400, Locale.ENGLISH));

        assertThat(results.isAvailable()).isTrue();
        assertThat(results.hits()).isNotEmpty();
        assertThat(results.page()).isEqualTo(results.pageCount() - 1);
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE") // publishing is a staff decision
    void aNewlyPublishedListingBecomesSearchableThroughTheOutbox() throws InterruptedException {
        String word = "Quokkaflux" + System.nanoTime();
        long id = catalog.createPublished(
                merchants.findAll().getFirst().id(),
                TestListings.content()
                        .categoryCode(catalog.categories().stream()
                                .filter(c -> c.parent() != null)
                                .findFirst()
                                .orElseThrow()
                                .code())
                        .title(Bilingual.of(word + " telemetry feed", "遥测数据"))
                        .build(),
                Instant.now());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        SearchResults results = search(word, Languages.ENGLISH);
        while (results.total() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            results = search(word, Languages.ENGLISH);
        }

        assertThat(results.hits()).extracting(SearchResults.Hit::listingId).containsExactly(id);
    }

    private SearchResults search(String text, Locale locale) {
        return search.search(new SearchRequest(text, 0, locale));
    }
}
