package dataport.catalog;

/** Many published listings were written at once, bypassing per-listing events: readers (the index) rebuild. */
public record ListingsBulkLoaded(int listings) {}
