package dataport.reviews;

/** Staff hid a review; it no longer counts in the listing's rating. */
public record ReviewHidden(long reviewId, long listingId) {}
