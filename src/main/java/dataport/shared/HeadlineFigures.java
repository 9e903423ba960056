package dataport.shared;

/**
 * The site's headline figures (home page, public figures page), implemented by the statistics module so that the
 * home page's module need not depend on it.
 */
public interface HeadlineFigures {

    Headline headline();

    /** Published listings, registered merchants, their countries and regions, paid orders up to yesterday. */
    record Headline(long listings, long merchants, long countries, long trades) {}
}
