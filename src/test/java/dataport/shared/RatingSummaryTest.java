package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void oneFiveStarReviewDoesNotBeatFiftyReviewsAveragingFourPointEight() {
        RatingSummary one = new RatingSummary(1, 5);
        RatingSummary fifty = new RatingSummary(50, 40 * 5 + 10 * 4);

        assertThat(one.average()).isEqualByComparingTo("5.0");
        assertThat(fifty.average()).isEqualByComparingTo("4.8");
        // (5 × 3.5 + 5) / 6 = 3.75 and (5 × 3.5 + 240) / 55 = 4.68…
        assertThat(one.bayesian()).isEqualTo(3.75);
        assertThat(fifty.bayesian()).isBetween(4.68, 4.69);
        assertThat(fifty.bayesian()).isGreaterThan(one.bayesian());
    }

    @Test
    void theAverageIsRoundedHalfUpToOneDecimalAndAbsentWithoutRatings() {
        assertThat(new RatingSummary(20, 91).average()).isEqualTo(new BigDecimal("4.6")); // 4.55
        assertThat(RatingSummary.NONE.average()).isNull();
        assertThat(RatingSummary.NONE.bayesian()).isNull();
    }

    @Test
    void aSumOutsideOneToFiveStarsPerRatingIsRefused() {
        assertThatThrownBy(() -> new RatingSummary(2, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingSummary(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
