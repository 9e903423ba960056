package dataport.reviews;

/** A step the review's state does not allow (not accepted yet, already reviewed, edit window over, replied twice). */
public class ReviewRefused extends RuntimeException {

    private final String messageKey;

    ReviewRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Translation key of the reason. */
    public String messageKey() {
        return messageKey;
    }
}
