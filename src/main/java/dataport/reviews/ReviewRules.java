package dataport.reviews;

import java.time.Duration;

/** The limits a review and a reply must keep; the forms show the same numbers when they are broken. */
public final class ReviewRules {

    public static final int TITLE_MAX = 120;
    public static final int TEXT_MIN = 10;
    public static final int TEXT_MAX = 4000;
    public static final int REPLY_MAX = 2000;
    public static final int REASON_MAX = 500;

    /** A review can be changed by its writer for this long after it was first written. */
    public static final Duration EDIT_WINDOW = Duration.ofDays(30);

    private ReviewRules() {}
}
