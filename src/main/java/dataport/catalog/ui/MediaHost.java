package dataport.catalog.ui;

import dataport.catalog.FileKind;
import dataport.catalog.ListingFileInfo;
import java.util.Optional;

/**
 * What the editor's upload panels ask of the page, which knows the listing and the version its next save must
 * match: keep a file with the listing at once, or take one off it.
 */
interface MediaHost {

    /** Stores the file and adds it to the listing; empty when refused (the page has already said why). */
    Optional<ListingFileInfo> keep(FileKind kind, String fileName, byte[] bytes);

    /** Takes the file off the listing; false when refused. */
    boolean drop(long fileId);
}
