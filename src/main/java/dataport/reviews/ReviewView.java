package dataport.reviews;

import java.time.Instant;

/**
 * A review as pages show it.
 *
 * @param editableUntil end of the writer's edit window
 * @param reply the merchant's reply, or null
 */
public record ReviewView(
        long id,
        Long orderId,
        long listingId,
        long merchantId,
        String reviewerName,
        int rating,
        String title,
        String text,
        ReviewLanguage language,
        Instant writtenAt,
        Instant editedAt,
        Instant editableUntil,
        String reply,
        ReviewLanguage replyLanguage,
        Instant repliedAt,
        boolean hidden,
        String hiddenReason) {

    public boolean editableAt(Instant now) {
        return !hidden && now.isBefore(editableUntil);
    }

    public boolean hasReply() {
        return reply != null;
    }
}
