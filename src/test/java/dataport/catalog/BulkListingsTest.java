package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.BulkListings.PublishedListing;
import dataport.catalog.CatalogService.NewPlan;
import dataport.merchants.MerchantService;
import dataport.search.SearchRequest;
import dataport.search.SearchService;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class BulkListingsTest {

    @Autowired
    BulkListings bulk;

    @Autowired
    CatalogService catalog;

    @Autowired
    MerchantService merchants;

    @Autowired
    SearchService search;

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void bulkWrittenListingsReadBackExactlyAndBecomeSearchableAfterTheAnnouncement() {
        long merchantId = merchants.findAll().getFirst().id();
        Instant publishedAt = Instant.parse("2026-03-01T08:30:15.123456Z");
        String word = "quokkatelemetry" + System.nanoTime();
        ListingContent first = listing(word + " 第一", DataClassification.GENERAL, true, "12345678.91", "CNY");
        ListingContent second = listing(word + " second", DataClassification.CORE, false, "1500", "JPY");
        long before = catalog.countPublished();

        List<Long> ids = bulk.insertPublished(List.of(
                new PublishedListing(merchantId, first, publishedAt),
                new PublishedListing(merchantId, second, publishedAt)));
        bulk.announce(ids.size());

        assertThat(ids).hasSize(2);
        assertThat(catalog.countPublished()).isEqualTo(before + 2);
        ListingDetails stored = catalog.findPublished(ids.getFirst()).orElseThrow();
        assertThat(stored.content().title()).isEqualTo(first.title());
        assertThat(stored.content().description().zh()).isEqualTo("## 概述\n- 中文 🚀 <script>alert(1)</script>");
        // Whole seconds, as everything the application writes: Connector/J takes MariaDB for MySQL 5.5.5, which had
        // no fractional seconds, and drops them.
        assertThat(stored.publishedAt()).isEqualTo(publishedAt.truncatedTo(ChronoUnit.SECONDS));
        assertThat(stored.content().tags()).containsExactlyInAnyOrder("bulk", "批量");
        assertThat(stored.content().regions()).containsExactlyInAnyOrder("CN", "SG");
        assertThat(stored.plans())
                .extracting(ListingDetails.Plan::price)
                .containsExactly(Money.of("12345678.91", "CNY"), null);
        assertThat(stored.plans())
                .extracting(ListingDetails.Plan::model)
                .containsExactly(PricingModel.SUBSCRIPTION, PricingModel.QUOTE);
        assertThat(stored.category().code()).isEqualTo("cloud-storage");
        assertThat(catalog.findPublished(ids.getLast())
                        .orElseThrow()
                        .plans()
                        .getFirst()
                        .price())
                .isEqualTo(Money.of("1500", "JPY"));
        assertThat(search.search(new SearchRequest(word, 0, Languages.ENGLISH)).total())
                .isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void coreDataOfferedAcrossTheBorderIsRefusedAndNothingOfTheBatchIsWritten() {
        long merchantId = merchants.findAll().getFirst().id();
        long before = catalog.countPublished();
        ListingContent fine = listing("Fine", DataClassification.GENERAL, false, "10.00", "USD");
        ListingContent core = listing("Core abroad", DataClassification.CORE, true, "10.00", "USD");

        assertThatThrownBy(() -> bulk.insertPublished(List.of(
                        new PublishedListing(merchantId, fine, Instant.now()),
                        new PublishedListing(merchantId, core, Instant.now()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CORE");
        assertThat(catalog.countPublished()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "MERCHANT")
    void onlyStaffMayPublishInBulk() {
        long merchantId = merchants.findAll().getFirst().id();
        ListingContent fine = listing("Fine", DataClassification.GENERAL, false, "10.00", "USD");

        assertThatThrownBy(() -> bulk.insertPublished(List.of(new PublishedListing(merchantId, fine, Instant.now()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ListingContent listing(
            String title, DataClassification classification, boolean crossBorder, String price, String currency) {
        return TestListings.content()
                .title(Bilingual.of(title, title + " 中文"))
                .description(Bilingual.of("## Overview", "## 概述\n- 中文 🚀 <script>alert(1)</script>"))
                .classification(classification)
                .crossBorder(crossBorder)
                .tags(List.of("bulk", "批量"))
                .plans(List.of(
                        TestListings.yearly("Annual", price, currency),
                        new NewPlan(Bilingual.of("Quote", "询价"), PricingModel.QUOTE, null, null, null)))
                .build();
    }
}
