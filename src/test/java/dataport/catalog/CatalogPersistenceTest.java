package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.merchants.MerchantService;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
                new CatalogService.NewListing(
                        merchantId,
                        catalog.categories().stream()
                                .filter(c -> c.parent() != null)
                                .findFirst()
                                .orElseThrow()
                                .code(),
                        Bilingual.of("Round trip ✓", hostileTitle),
                        Bilingual.of("Summary", "摘要：数据出境安全评估"),
                        Bilingual.of("**bold** <img src=x onerror=alert(1)>", "中文描述"),
                        DeliveryMode.FILE,
                        DataClassification.GENERAL,
                        false,
                        true,
                        UpdateFrequency.MONTHLY,
                        Bilingual.of("99.9%", "99.9%"),
                        Bilingual.of("CC BY 4.0", "署名 4.0"),
                        Set.of("emoji🙂"),
                        Set.of("CN", "SG"),
                        Set.of("en", "zh"),
                        List.of(new CatalogService.NewPlan(
                                Bilingual.of("Annual", "年付"),
                                PricingModel.SUBSCRIPTION,
                                BillingPeriod.YEAR,
                                null,
                                Money.of("12345678.91", "CNY")))),
                Instant.now());

        ListingDetails stored = catalog.findPublished(id).orElseThrow();

        assertThat(stored.title().zh()).isEqualTo(hostileTitle);
        assertThat(stored.title().en()).isEqualTo("Round trip ✓");
        assertThat(stored.tags()).containsExactly("emoji🙂");
        assertThat(stored.plans().getFirst().price()).isEqualTo(Money.of("12345678.91", "CNY"));
        assertThat(stored.merchant().id()).isEqualTo(merchantId);
    }

    @Test
    void onlyPublishedListingsAreVisibleToBuyers() {
        assertThat(catalog.findPublished(Long.MAX_VALUE)).isEmpty();
    }
}
