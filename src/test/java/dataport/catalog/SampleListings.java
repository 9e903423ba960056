package dataport.catalog;

import dataport.catalog.CatalogService.NewPlan;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.util.List;

/** A complete listing content for tests: cloud storage, two plans (CNY one-off, USD monthly). */
public final class SampleListings {

    private SampleListings() {}

    public static ListingContent content(String titleEn, String titleZh) {
        return new ListingContent(
                "cloud-storage",
                Bilingual.of(titleEn, titleZh),
                Bilingual.of("Monthly container throughput", "月度集装箱吞吐量"),
                Bilingual.of("## Data\n- TEU per month", "## 数据\n- 每月标箱"),
                DeliveryMode.FILE,
                DataClassification.GENERAL,
                false,
                true,
                UpdateFrequency.MONTHLY,
                Bilingual.of("99.9%", "99.9%"),
                Bilingual.of("CC BY 4.0", "署名 4.0"),
                List.of("ports", "港口"),
                List.of("CN", "SG"),
                List.of("en", "zh"),
                List.of(
                        new NewPlan(
                                Bilingual.of("Annual extract", "年度数据"),
                                PricingModel.ONE_OFF,
                                null,
                                null,
                                Money.of("1999.00", "CNY")),
                        new NewPlan(
                                Bilingual.of("Monthly feed", "月度订阅"),
                                PricingModel.SUBSCRIPTION,
                                BillingPeriod.MONTH,
                                null,
                                Money.of("299.00", "USD"))),
                List.of(),
                null);
    }
}
