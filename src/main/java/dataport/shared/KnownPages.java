package dataport.shared;

/**
 * The addresses a module's pages own whose subject may not exist ({@code listings/42}, {@code categories/x}): asked
 * before the page is built, so an unknown one answers HTTP 404 (Vaadin shows the translated not-found page but cannot
 * set the status itself: vaadin/flow#13421).
 */
public interface KnownPages {

    /** Whether this module answers for the path (no leading slash, no query). */
    boolean owns(String path);

    /** Whether the thing the owned path names exists and may be shown to the current visitor. */
    boolean exists(String path);

    /** The path's one segment after {@code prefix + "/"}, or null when the path has another shape. */
    static String segmentAfter(String prefix, String path) {
        if (!path.startsWith(prefix + "/")) {
            return null;
        }
        String rest = path.substring(prefix.length() + 1);
        return rest.isEmpty() || rest.contains("/") ? null : rest;
    }
}
