package dataport.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A module's description of its own public pages for search engines ({@link PageMetadata}), asked once per first HTML
 * response of a page (not for Vaadin's later traffic). Same spirit as {@link KnownPages}: the module that owns a route
 * knows its subject; the shared listener only writes what it is told into the page's head.
 */
public interface PageMetadataSource {

    /** Whether this module describes the path (no leading slash, no query; the home page is {@code ""}). */
    boolean owns(String path);

    /** The page's metadata in {@code locale}; empty when its subject does not exist or is not public. */
    Optional<PageMetadata> describe(String path, Locale locale);
}
