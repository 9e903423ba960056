package dataport.catalog;

/** A listing's public state may have changed; readers (the search index) load its current state. */
public record ListingChanged(Long listingId) {}
