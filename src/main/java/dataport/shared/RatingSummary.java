package dataport.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A listing's visible ratings: how many (1 to 5 stars each) and their sum. The reviews module owns them; catalog and
 * search read them through {@link ListingRatings} without knowing that module.
 *
 * <p>The "best rated" order uses a Bayesian average, {@code (C·m + sum) / (C + count)}: every listing starts as if
 * it had {@value #PRIOR_WEIGHT} ratings of {@value #PRIOR_MEAN} stars, so a few reviews move it little and many move it
 * to their own mean. With C = 5 and m = 3.5, one 5-star review scores (17.5 + 5) / 6 = 3.75, fifty reviews averaging
 * 4.8 score (17.5 + 240) / 55 ≈ 4.68. m is a fixed, written-down constant rather than the site-wide mean, so a new
 * review on one listing never reorders all the others (nor forces a reindex of all of them).
 *
 * <p>{@code revision} grows with every change of the listing's reviews (written, edited, replied, hidden), so that a
 * copy of the summary written late (by a slower listener) can be told from a newer one.
 */
public record RatingSummary(int count, long sum, long revision) {

    /** C: how many imagined ratings every listing starts with. */
    public static final int PRIOR_WEIGHT = 5;

    /** m: the stars of those imagined ratings (the middle of the scale, a little above 3). */
    public static final double PRIOR_MEAN = 3.5;

    public static final RatingSummary NONE = new RatingSummary(0, 0);

    public RatingSummary {
        if (count < 0 || sum < count || sum > 5L * count || revision < 0) {
            throw new IllegalArgumentException("Not a summary of 1-5 star ratings: " + count + ", " + sum);
        }
    }

    /** A summary of {@code count} ratings adding up to {@code sum}, at revision 0. */
    public RatingSummary(int count, long sum) {
        this(count, sum, 0);
    }

    /** The same ratings, whatever their revision (for comparing what readers see). */
    public boolean sameRatings(RatingSummary other) {
        return other != null && count == other.count && sum == other.sum;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The plain average, rounded half-up to one decimal as shown to readers (4.55 → 4.6); null without ratings. */
    public BigDecimal average() {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    /** The Bayesian average the "best rated" order sorts by (see the class comment); null without ratings. */
    public Double bayesian() {
        if (count == 0) {
            return null;
        }
        return (PRIOR_WEIGHT * PRIOR_MEAN + sum) / (PRIOR_WEIGHT + count);
    }
}
