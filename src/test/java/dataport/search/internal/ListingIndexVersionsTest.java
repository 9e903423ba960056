package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Index updates are idempotent and order-proof: each write carries the listing's version, so a replayed update or
 * one that arrives after a newer one leaves the newest state. (The listing here is made up, with an id no real
 * listing has, so the shared test index keeps its real documents.)
 */
@IntegrationTest
class ListingIndexVersionsTest {

    private static final long ID = 987_654_321L;

    @Autowired
    ListingIndex index;

    @Autowired
    CatalogService catalog;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchProperties properties;

    @AfterEach
    void removeTheMadeUpListing() throws IOException {
        index.remove(ID, 1_000_000);
        index.refresh();
    }

    @Test
    void theSameUpdateTwiceAndAnOlderOneAfterANewerOneKeepTheNewestVersion() throws IOException {
        ListingDocument real = ListingDocument.of(
                catalog.details(catalog.publishedIds().subList(0, 1)).getFirst());

        index.put(version(real, 7, "Seventh"));
        index.put(version(real, 7, "Seventh"));
        index.put(version(real, 5, "Fifth, delivered late"));
        index.putAll(List.of(version(real, 6, "Sixth"), version(real, 7, "Seventh")));
        index.remove(ID, 4); // a stale removal

        assertThat(stored()).isEqualTo("Seventh");

        index.put(version(real, 8, "Eighth"));
        assertThat(stored()).isEqualTo("Eighth");

        index.remove(ID, 9);
        index.refresh();
        assertThat(client.exists(e -> e.index(properties.alias()).id(String.valueOf(ID)))
                        .value())
                .isFalse();
    }

    private String stored() throws IOException {
        var found = client.get(g -> g.index(properties.alias()).id(String.valueOf(ID)), ListingDocument.class);
        assertThat(found.found()).isTrue();
        return found.source().titleEn();
    }

    /** The real listing's document under the made-up id, at the given database version, with the given title. */
    private static ListingDocument version(ListingDocument d, long version, String title) {
        return new ListingDocument(
                ID,
                version,
                title,
                d.titleZh(),
                d.summaryEn(),
                d.summaryZh(),
                d.descriptionEn(),
                d.descriptionZh(),
                d.tags(),
                d.merchantId(),
                d.merchantNameEn(),
                d.merchantNameZh(),
                d.merchantOrigin(),
                d.merchantCountry(),
                d.categoryCode(),
                d.categoryNameEn(),
                d.categoryNameZh(),
                d.trackCode(),
                d.trackNameEn(),
                d.trackNameZh(),
                d.deliveryMode(),
                d.classification(),
                d.personalInformation(),
                d.crossBorder(),
                d.regions(),
                d.languages(),
                d.pricingModels(),
                d.priceFromMinor(),
                d.priceFromCurrency(),
                d.priceFromModel(),
                d.priceFromPeriod(),
                d.publishedAt(),
                d.whitelisted(),
                d.priceUsdMinor(),
                d.suggest(),
                d.ratingCount(),
                d.ratingSum(),
                d.ratingAverage(),
                d.ratingScore(),
                d.ratingRevision(),
                d.glossTitleEn(),
                d.glossSummaryEn(),
                d.glossTitleZh(),
                d.glossSummaryZh());
    }
}
