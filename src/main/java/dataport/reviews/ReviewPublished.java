package dataport.reviews;

/** A review became visible on its listing (search re-reads the listing's rating summary). */
public record ReviewPublished(long reviewId, long listingId) {}
