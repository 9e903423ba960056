package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.merchants.MerchantService;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class CatalogPersistenceTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    MerchantService merchants;

    @Test
    void demoCatalogueIsLoadedWithAtLeastSixtyListingsFromTwelveMerchants() {
        assertThat(catalog.countPublished()).isGreaterThanOrEqualTo(60);
        assertThat(merchants.count()).isGreaterThanOrEqualTo(12);
        assertThat(merchants.findAll()).extracting(m -> m.origin().name()).contains("DOMESTIC", "FOREIGN");
        assertThat(catalog.categories())
                .extracting(CategoryRef::code)
                .contains("cloud", "ecommerce", "intl-data", "quantum");
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE") // publishing is a staff decision
    void chineseTextEmojiHostileMarkupAndExactMoneyRoundTrip() {
        long merchantId = merchants.findAll().getFirst().id();
        String hostileTitle = "跨境数据 🚀 <script>alert('x')</script> '; DROP TABLE listing;--";
        long id = catalog.createPublished(
                merchantId,
                TestListings.content()
                        .categoryCode(catalog.categories().stream()
                                .filter(c -> c.parent() != null)
                                .findFirst()
                                .orElseThrow()
                                .code())
                        .title(Bilingual.of("Round trip ✓", hostileTitle))
                        .summary(Bilingual.of("Summary", "摘要：数据出境安全评估"))
                        .description(Bilingual.of("**bold** <img src=x onerror=alert(1)>", "中文描述"))
                        .tags(List.of("emoji🙂"))
                        .plan(TestListings.yearly("Annual", "12345678.91", "CNY"))
                        .build(),
                Instant.now());

        ListingDetails stored = catalog.findPublished(id).orElseThrow();

        assertThat(stored.content().title().zh()).isEqualTo(hostileTitle);
        assertThat(stored.content().title().en()).isEqualTo("Round trip ✓");
        assertThat(stored.content().tags()).containsExactly("emoji🙂");
        assertThat(stored.plans().getFirst().price()).isEqualTo(Money.of("12345678.91", "CNY"));
        assertThat(stored.merchant().id()).isEqualTo(merchantId);
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void aPublishedListingIsReadBackHoldingTheContentItWasSavedWith() {
        long merchantId = merchants.findAll().getFirst().id();
        // One tag, region and language: the entity keeps them as sets, whose order is the database's.
        ListingContent saved = TestListings.content()
                .tags(List.of("read-model"))
                .regions(List.of("SG"))
                .languages(List.of("zh"))
                .build();
        long id = catalog.createPublished(merchantId, saved, Instant.now());

        ListingDetails stored = catalog.findPublished(id).orElseThrow();

        assertThat(stored.content()).isEqualTo(saved);
        assertThat(stored.category().code()).isEqualTo(saved.categoryCode());
        assertThat(stored.plans())
                .extracting(ListingDetails.Plan::price)
                .containsExactly(Money.of("1999.00", "CNY"), Money.of("299.00", "USD"));
    }

    @Test
    void onlyPublishedListingsAreVisibleToBuyers() {
        assertThat(catalog.findPublished(Long.MAX_VALUE)).isEmpty();
    }
}
