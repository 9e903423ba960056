package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.BulkListings.PublishedListing;
import dataport.catalog.CatalogService.NewListing;
import dataport.catalog.CatalogService.NewPlan;
import dataport.merchants.MerchantService;
import dataport.search.SearchRequest;
import dataport.search.SearchService;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        NewListing first = listing(merchantId, word + " 第一", DataClassification.GENERAL, true, "12345678.91", "CNY");
        NewListing second = listing(merchantId, word + " second", DataClassification.CORE, false, "1500", "JPY");
        long before = catalog.countPublished();

        List<Long> ids = bulk.insertPublished(
                List.of(new PublishedListing(first, publishedAt), new PublishedListing(second, publishedAt)));
        bulk.announce(ids.size());

        assertThat(ids).hasSize(2);
        assertThat(catalog.countPublished()).isEqualTo(before + 2);
        ListingDetails stored = catalog.findPublished(ids.getFirst()).orElseThrow();
        assertThat(stored.title()).isEqualTo(first.title());
        assertThat(stored.description().zh()).isEqualTo("## 概述\n- 中文 🚀 <script>alert(1)</script>");
        // Whole seconds, as everything the application writes: Connector/J takes MariaDB for MySQL 5.5.5, which had
        // no fractional seconds, and drops them.
        assertThat(stored.publishedAt()).isEqualTo(publishedAt.truncatedTo(ChronoUnit.SECONDS));
        assertThat(stored.tags()).containsExactlyInAnyOrder("bulk", "批量");
        assertThat(stored.regions()).containsExactlyInAnyOrder("CN", "SG");
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
        NewListing fine = listing(merchantId, "Fine", DataClassification.GENERAL, false, "10.00", "USD");
        NewListing core = listing(merchantId, "Core abroad", DataClassification.CORE, true, "10.00", "USD");

        assertThatThrownBy(() -> bulk.insertPublished(
                        List.of(new PublishedListing(fine, Instant.now()), new PublishedListing(core, Instant.now()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CORE");
        assertThat(catalog.countPublished()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "MERCHANT")
    void onlyStaffMayPublishInBulk() {
        long merchantId = merchants.findAll().getFirst().id();
        NewListing fine = listing(merchantId, "Fine", DataClassification.GENERAL, false, "10.00", "USD");

        assertThatThrownBy(() -> bulk.insertPublished(List.of(new PublishedListing(fine, Instant.now()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static NewListing listing(
            long merchantId,
            String title,
            DataClassification classification,
            boolean crossBorder,
            String price,
            String currency) {
        return new NewListing(
                merchantId,
                "cloud-storage",
                Bilingual.of(title, title + " 中文"),
                Bilingual.of("Summary", "摘要"),
                Bilingual.of("## Overview", "## 概述\n- 中文 🚀 <script>alert(1)</script>"),
                DeliveryMode.API,
                classification,
                false,
                crossBorder,
                UpdateFrequency.DAILY,
                Bilingual.of("99.9%", "99.9%"),
                Bilingual.of("Licence", "许可"),
                new LinkedHashSet<>(List.of("bulk", "批量")),
                new LinkedHashSet<>(List.of("CN", "SG")),
                Set.of("en"),
                List.of(
                        new NewPlan(
                                Bilingual.of("Annual", "年付"),
                                PricingModel.SUBSCRIPTION,
                                BillingPeriod.YEAR,
                                null,
                                Money.of(price, currency)),
                        new NewPlan(Bilingual.of("Quote", "询价"), PricingModel.QUOTE, null, null, null)));
    }
}
