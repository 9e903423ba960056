package dataport.reviews;

/** A review's writer changed it within the edit window (its rating may have changed). */
public record ReviewEdited(long reviewId, long listingId) {}
