package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListingTest {

    private final Instant now = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void goesFromDraftThroughReviewToPublished() {
        Listing listing = draft();
        listing.addPlan(plan());

        listing.submitForReview();
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.IN_REVIEW);
        listing.approve(now);

        assertThat(listing.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.getPublishedAt()).isEqualTo(now);
    }

    @Test
    void cannotBeApprovedWithoutReviewOrTwice() {
        Listing listing = draft();
        listing.addPlan(plan());

        assertThatThrownBy(() -> listing.approve(now)).isInstanceOf(IllegalStateException.class);
        listing.submitForReview();
        listing.approve(now);
        assertThatThrownBy(() -> listing.approve(now)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(listing::submitForReview).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void needsAPlanToBePublished() {
        Listing listing = draft();
        listing.submitForReview();

        assertThatThrownBy(() -> listing.approve(now)).hasMessageContaining("pricing plan");
    }

    @Test
    void coreDataCannotBeOfferedAcrossTheBorder() {
        assertThatThrownBy(() -> draft().describe(
                                null,
                                DeliveryMode.API,
                                DataClassification.CORE,
                                false,
                                true,
                                UpdateFrequency.DAILY,
                                null,
                                null))
                .hasMessageContaining("CORE");
    }

    @Test
    void aQuotePlanHasNoPriceAndOtherPlansNeedOne() {
        assertThatThrownBy(() -> new PricingPlan(
                        Bilingual.of("Custom", "定制"), PricingModel.QUOTE, null, null, Money.of("1.00", "USD"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new PricingPlan(Bilingual.of("Basic", "基础"), PricingModel.ONE_OFF, null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PricingPlan(
                        Bilingual.of("Monthly", "月付"),
                        PricingModel.SUBSCRIPTION,
                        null,
                        null,
                        Money.of("9.00", "USD"),
                        0))
                .hasMessageContaining("period");
    }

    private Listing draft() {
        Listing listing = new Listing(1L, 1L, Bilingual.of("Title", "标题"), Bilingual.of("Summary", "摘要"), now);
        listing.describe(
                null, DeliveryMode.API, DataClassification.GENERAL, false, true, UpdateFrequency.DAILY, null, null);
        return listing;
    }

    private static PricingPlan plan() {
        return new PricingPlan(
                Bilingual.of("Monthly", "月付"),
                PricingModel.SUBSCRIPTION,
                BillingPeriod.MONTH,
                null,
                Money.of("99.00", "USD"),
                0);
    }
}
