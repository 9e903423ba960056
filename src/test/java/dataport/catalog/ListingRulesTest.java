package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.CatalogService.NewPlan;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingRulesTest {

    private static final CategoryRef STORAGE =
            new CategoryRef("cloud-storage", Bilingual.of("Storage", "存储"), new CategoryRef("cloud", null, null));
    private static final CategoryRef DATASETS =
            new CategoryRef("data-datasets", Bilingual.of("Datasets", "数据集"), new CategoryRef("data", null, null));

    @Test
    void aCompleteListingPasses() {
        assertThat(ListingRules.check(ListingRevisionTest.content("T", "标题"), STORAGE, true))
                .isEmpty();
    }

    @Test
    void everyTextHasALimitCountedInCharactersNotBytes() {
        String chinese200 = "数".repeat(200);
        ListingContent ok = ListingRevisionTest.content("T", chinese200);
        assertThat(ListingRules.check(ok, STORAGE, false)).isEmpty();

        ListingContent c = ListingRevisionTest.content("x".repeat(201), chinese200 + "据");
        assertThat(ListingRules.check(c, STORAGE, false))
                .containsEntry("titleEn", "workspace.form.error.too-long")
                .containsEntry("titleZh", "workspace.form.error.too-long");
    }

    @Test
    void coreDataCannotBeCrossBorderAndDataProductsMustAnswerThePersonalInformationQuestion() {
        ListingContent base = ListingRevisionTest.content("T", "标题");
        ListingContent core = base.toBuilder()
                .categoryCode("data-datasets")
                .classification(DataClassification.CORE)
                .personalInformation(null)
                .crossBorder(true)
                .build();

        assertThat(ListingRules.check(core, DATASETS, false))
                .containsEntry("crossBorder", "workspace.form.core-not-cross-border")
                .containsEntry("personalInformation", "workspace.form.error.personal-information");
        assertThat(ListingRules.check(core, STORAGE, false)).doesNotContainKey("personalInformation");
    }

    @Test
    void submissionNeedsAPlanAndPlansNeedConsistentPrices() {
        ListingContent base = ListingRevisionTest.content("T", "标题");
        ListingContent noPlans = ListingContent.builder()
                .categoryCode(base.categoryCode())
                .title(base.title())
                .deliveryMode(DeliveryMode.API)
                .classification(DataClassification.PUBLIC)
                .personalInformation(false)
                .build();
        assertThat(ListingRules.check(noPlans, STORAGE, false)).isEmpty();
        assertThat(ListingRules.check(noPlans, STORAGE, true))
                .containsEntry("plans", "workspace.form.error.plans-none");

        ListingContent badPlans = noPlans.toBuilder()
                .regions(List.of("cn"))
                .plans(List.of(
                        new NewPlan(Bilingual.of("", ""), PricingModel.SUBSCRIPTION, null, null, null),
                        new NewPlan(
                                Bilingual.of("Big", null),
                                PricingModel.ONE_OFF,
                                null,
                                null,
                                Money.of("1000000000.00", "USD"))))
                .build();
        assertThat(ListingRules.check(badPlans, STORAGE, true))
                .containsEntry("plans.0.name", "workspace.form.error.plan-name")
                .containsEntry("plans.0.period", "workspace.form.error.period")
                .containsEntry("plans.0.price", "workspace.form.error.price")
                .containsEntry("plans.1.price", "workspace.form.error.price-range")
                .containsEntry("regions", "workspace.form.error.regions");
    }

    @Test
    void aListingNeedsASubTrackATitleAndItsFacts() {
        ListingContent empty =
                ListingContent.builder().title(Bilingual.of(" ", null)).build();
        assertThat(ListingRules.check(empty, null, false))
                .containsKeys("category", "titleEn", "deliveryMode", "classification");
        assertThat(ListingRules.check(empty, new CategoryRef("cloud", null, null), false))
                .containsKey("category");
    }
}
