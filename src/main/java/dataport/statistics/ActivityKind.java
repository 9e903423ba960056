package dataport.statistics;

/** What one raw activity row counts. */
enum ActivityKind {
    /** A listing's page was shown. */
    VIEW,
    /** A listing was shown on a results page (with its position and the query's language). */
    IMPRESSION,
    /** A results page was shown (the query, its language and the number of results). */
    SEARCH,
    /** A listing was opened from a results page. */
    CLICK,
    /** An exhibit's page was shown. */
    EXHIBIT
}
