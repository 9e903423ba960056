package dataport.shared;

import java.util.List;
import java.util.Locale;

/**
 * What visitors look at, counted for statistics without personal data. Pages in catalog, search and exhibits call
 * it; the statistics module implements it (so those modules need not know statistics). Every method returns at once:
 * the counting happens off the request path, and a call never fails the page.
 */
public interface Activity {

    /** A listing's public page was shown. */
    void listingViewed(long listingId);

    /**
     * A results page was shown for {@code query} (blank: browsing all) in {@code language}: its listings in order,
     * the first at {@code firstPosition} (1-based over all pages), and how many results there were in all.
     */
    void resultsShown(String query, Locale language, List<Long> listingIds, int firstPosition, long total);

    /** A visitor opened the listing at {@code position} of the results for {@code query}. */
    void resultClicked(long listingId, String query, Locale language, int position);

    /** An exhibit's public page was shown. */
    void exhibitViewed(long exhibitId);
}
