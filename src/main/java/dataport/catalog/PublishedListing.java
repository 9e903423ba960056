package dataport.catalog;

import java.time.Instant;

/**
 * A published listing with the time its public state last changed, for feeds that describe the whole catalogue (the
 * open DCAT-AP catalogue: {@code dct:modified}).
 */
public record PublishedListing(ListingDetails details, Instant modifiedAt) {}
