package dataport.shared;

import java.time.Instant;
import java.util.List;

/**
 * A module's public pages for {@code /sitemap.xml}: counted and read a page at a time (projections, never whole
 * entities), so a catalogue of 100,000 listings costs a few small queries per sitemap file.
 */
public interface SitemapSource {

    /** How many public pages this source has. */
    long count();

    /** Up to {@code limit} of them from position {@code offset}, always in the same order. */
    List<Entry> entries(long offset, int limit);

    /** A page's path (no leading slash, {@code ""} for home) and when it last changed (null when unknown). */
    record Entry(String path, Instant lastModified) {}
}
