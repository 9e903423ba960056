package dataport.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dataport.catalog.CatalogService;
import dataport.catalog.CategoryAdmin;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingReview;
import dataport.search.internal.PendingIndexUpdates;
import dataport.shared.Bilingual;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every change of a listing's searchable state reaches the index through the event publication registry, including
 * paths without a per-listing save (a category rename) and the merchant's own archiving. Listing changes made while
 * Elasticsearch is unreachable are kept (in the event publication registry, in the
 * change's own transaction) and reach the index once it is back, through the back-off retries: the index converges to
 * exactly the database's published listings and versions. Its own database and index; the app reaches Elasticsearch
 * through a proxy the test cuts.
 */
@SpringBootTest(
        properties = {
            "dataport.database.name=${DATAPORT_TEST_DB_NAME:dataport_test}_sync",
            "dataport.search.index-prefix=${DATAPORT_TEST_INDEX_PREFIX:dataport-test}-sync"
        })
@ActiveProfiles("test")
class IndexSyncTest {

    static final TcpProxy proxy;

    static {
        URI es = URI.create(IndexState.elasticsearchUrl());
        try {
            proxy = new TcpProxy(es.getHost(), es.getPort());
            proxy.start();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void searchThroughProxy(DynamicPropertyRegistry registry) {
        registry.add("dataport.search.url", () -> "http://127.0.0.1:" + proxy.port());
    }

    @Autowired
    CatalogService catalog;

    @Autowired
    ListingReview review;

    @Autowired
    ListingAuthoring authoring;

    @Autowired
    PendingIndexUpdates pending;

    @Autowired
    CategoryAdmin categories;

    @Autowired
    AuthenticationProvider signIn;

    @Value("${dataport.search.index-prefix}")
    String prefix;

    @Value("${dataport.database.name}")
    String database;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void aMerchantArchivingAListingTakesItOutOfTheIndex() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        ListingDetails listing = catalog.myListings().stream()
                .filter(ListingDetails::isPublished)
                .findFirst()
                .orElseThrow();
        String alias = prefix + "-listings";
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(IndexState.indexed(alias)).containsKey(listing.id()));

        authoring.archive(listing.id());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(IndexState.indexed(alias)).doesNotContainKey(listing.id()));
    }

    @Test
    void renamingACategoryRenamesItInEveryIndexedListingOfIt() {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        ListingDetails listing =
                catalog.details(catalog.publishedIds().subList(0, 1)).getFirst();
        String category = listing.category().code();
        List<Long> inCategory = catalog.publishedIdsInCategory(category);
        String renamed = "Renamed category " + System.nanoTime() % 10_000;

        categories.rename(category, Bilingual.of(renamed, "改名分类"));

        String alias = prefix + "-listings";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (Long id : inCategory) {
                assertThat(IndexState.source(alias, id).path("categoryNameEn").asString())
                        .isEqualTo(renamed);
            }
        });
    }

    @Test
    void changesMadeWhileElasticsearchIsDownReachTheIndexWhenItIsBack() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("staff", "", "ROLE_COMPLIANCE"));
        String alias = prefix + "-listings";
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(IndexState.indexed(alias)).isEqualTo(IndexState.published(database)));

        proxy.stop();
        List<Long> ids = catalog.publishedIds().subList(0, 12);
        for (Long id : ids) {
            ListingDetails listing = catalog.details(List.of(id)).getFirst();
            review.suspend(id, listing.version(), "Outage test");
        }
        // Reinstate half of them again: the index must end with the newest state, not the first change.
        for (Long id : ids.subList(0, 6)) {
            review.reinstate(id, catalog.details(List.of(id)).getFirst().version());
        }
        await().atMost(Duration.ofSeconds(10)).until(pending::failing);
        assertThat(pending.count()).isGreaterThanOrEqualTo(18);
        Thread.sleep(3_000); // a few back-off rounds against a dead server

        proxy.start();
        Map<Long, Long> expected = IndexState.published(database);
        await().atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(IndexState.indexed(alias)).isEqualTo(expected));
        await().atMost(Duration.ofSeconds(10)).until(() -> pending.count() == 0 && !pending.failing());
        assertThat(expected).containsKeys(ids.subList(0, 6).toArray(Long[]::new));
        assertThat(expected).doesNotContainKeys(ids.subList(6, 12).toArray(Long[]::new));
    }
}
