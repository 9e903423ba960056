package dataport.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One page of all published listings in id order (stable while listings are added), read for public feeds.
 *
 * @param listings this page's listings, in id order
 * @param totalPublished how many listings are published in all
 * @param lastChange when the newest change to any published listing was made, or null when none is published
 */
public record PublishedSlice(List<PublishedListing> listings, long totalPublished, Instant lastChange) {}
