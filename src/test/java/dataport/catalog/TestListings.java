package dataport.catalog;

import dataport.catalog.CatalogService.NewPlan;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.util.List;

/**
 * Listing content for tests: a complete, valid cloud-storage listing (two plans: CNY one-off, USD monthly) as a
 * builder, so a test states only the fields it cares about:
 * {@code TestListings.content().classification(CORE).crossBorder(false).build()}.
 */
public final class TestListings {

    private TestListings() {}

    /** The complete sample content, ready to change. */
    public static ListingContent.Builder content() {
        return ListingContent.builder()
                .categoryCode("cloud-storage")
                .title(Bilingual.of("Port throughput", "港口吞吐量"))
                .summary(Bilingual.of("Monthly container throughput", "月度集装箱吞吐量"))
                .description(Bilingual.of("## Data\n- TEU per month", "## 数据\n- 每月标箱"))
                .deliveryMode(DeliveryMode.FILE)
                .classification(DataClassification.GENERAL)
                .personalInformation(false)
                .crossBorder(true)
                .updateFrequency(UpdateFrequency.MONTHLY)
                .sla(Bilingual.of("99.9%", "99.9%"))
                .licence(Bilingual.of("CC BY 4.0", "署名 4.0"))
                .tags(List.of("ports", "港口"))
                .regions(List.of("CN", "SG"))
                .languages(List.of("en", "zh"))
                .plans(List.of(
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
                                Money.of("299.00", "USD"))));
    }

    /** The complete sample content with this title. */
    public static ListingContent content(String titleEn, String titleZh) {
        return content().title(Bilingual.of(titleEn, titleZh)).build();
    }

    public static NewPlan oneOff(String name, String amount, String currency) {
        return new NewPlan(Bilingual.of(name, name), PricingModel.ONE_OFF, null, null, Money.of(amount, currency));
    }

    public static NewPlan monthly(String name, String amount, String currency) {
        return new NewPlan(
                Bilingual.of(name, name),
                PricingModel.SUBSCRIPTION,
                BillingPeriod.MONTH,
                null,
                Money.of(amount, currency));
    }

    public static NewPlan yearly(String name, String amount, String currency) {
        return new NewPlan(
                Bilingual.of(name, name),
                PricingModel.SUBSCRIPTION,
                BillingPeriod.YEAR,
                null,
                Money.of(amount, currency));
    }
}
