package dataport.reviews;

/**
 * The review side of one order, for its buyer or its merchant.
 *
 * @param mayWrite the buyer accepted the order and has not reviewed it yet
 * @param review the order's review, or null
 * @param mayEdit the buyer may still change it
 * @param mayReply the merchant may still reply
 */
public record OrderReview(
        long orderId, long listingId, boolean mayWrite, ReviewView review, boolean mayEdit, boolean mayReply) {}
