package dataport.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules a review keeps by itself: its input, the 30-day edit window, one reply, hiding once. */
class ReviewTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-01T08:00:00Z");

    private static Review review() {
        return new Review(
                1L, 10L, 20L, 30L, "Li Wei", new ReviewInput(4, null, "Accurate port call data.", null), WRITTEN);
    }

    @Test
    void itCanBeChangedUntilThirtyDaysAfterItWasWrittenAndNotAfter() {
        Review review = review();
        review.edit(
                new ReviewInput(5, "Great", "Accurate port call data, updated daily.", null),
                WRITTEN.plus(Duration.ofDays(29)));
        assertThat(review.toView().rating()).isEqualTo(5);
        assertThat(review.toView().editedAt()).isEqualTo(WRITTEN.plus(Duration.ofDays(29)));

        assertThatThrownBy(() -> review.edit(
                        new ReviewInput(1, null, "Changed my mind much later.", null),
                        WRITTEN.plus(Duration.ofDays(30))))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("reviews.refused.edit-window");
        assertThat(review.toView().rating()).isEqualTo(5);
    }

    @Test
    void badInputIsRefusedNamingEachBrokenField() {
        assertThatThrownBy(() -> new Review(
                        1L, 10L, 20L, 30L, "Li Wei", new ReviewInput(0, "x".repeat(121), "short", null), WRITTEN))
                .isInstanceOfSatisfying(
                        InvalidReview.class,
                        e -> assertThat(e.errors())
                                .containsEntry("rating", "reviews.error.rating")
                                .containsEntry("title", "reviews.error.title-too-long")
                                .containsEntry("text", "reviews.error.text-too-short"));
        assertThatThrownBy(() -> new Review(
                        1L, 10L, 20L, 30L, "Li Wei", new ReviewInput(6, null, "y".repeat(4001), null), WRITTEN))
                .isInstanceOfSatisfying(
                        InvalidReview.class,
                        e -> assertThat(e.errors())
                                .containsEntry("rating", "reviews.error.rating")
                                .containsEntry("text", "reviews.error.text-too-long"));
    }

    @Test
    void theMerchantRepliesOnlyOnce() {
        Review review = review();
        review.reply("Thank you for the feedback.", null, "merchant", WRITTEN.plusSeconds(60));
        assertThat(review.toView().reply()).isEqualTo("Thank you for the feedback.");

        assertThatThrownBy(() -> review.reply("Again", null, "merchant", WRITTEN.plusSeconds(120)))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("reviews.refused.replied");
        assertThat(review.toView().reply()).isEqualTo("Thank you for the feedback.");
    }

    @Test
    void hidingNeedsAReasonAndHappensOnce() {
        Review review = review();
        assertThatThrownBy(() -> review.hide("  ", "staff", WRITTEN)).isInstanceOf(InvalidReview.class);
        review.hide("Contains a phone number", "staff", WRITTEN);
        assertThat(review.toView().hidden()).isTrue();
        assertThatThrownBy(() -> review.hide("again", "staff", WRITTEN)).isInstanceOf(ReviewRefused.class);
    }

    @Test
    void theLanguageIsDetectedUnlessChosen() {
        assertThat(ReviewLanguage.detect("数据准确，更新及时，推荐。")).isEqualTo(ReviewLanguage.ZH);
        assertThat(ReviewLanguage.detect("API 稳定，文档清楚，SLA 达标")).isEqualTo(ReviewLanguage.ZH);
        assertThat(ReviewLanguage.detect("Accurate data, delivered on time.")).isEqualTo(ReviewLanguage.EN);
        assertThat(new ReviewInput(5, null, "Accurate data, 数据准确", ReviewLanguage.EN).languageOrDetected())
                .isEqualTo(ReviewLanguage.EN);
    }
}
