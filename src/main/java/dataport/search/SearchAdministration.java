package dataport.search;

import dataport.catalog.CatalogService;
import dataport.search.internal.IndexMaintenance;
import dataport.search.internal.ListingIndex;
import dataport.search.internal.PendingIndexUpdates;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** ADMIN's view of the search index and the full rebuild (new index, atomic alias swap, no downtime). */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SearchAdministration {

    private final ListingIndex index;
    private final IndexMaintenance maintenance;
    private final CatalogService catalog;
    private final PendingIndexUpdates pending;

    SearchAdministration(
            ListingIndex index, IndexMaintenance maintenance, CatalogService catalog, PendingIndexUpdates pending) {
        this.index = index;
        this.maintenance = maintenance;
        this.catalog = catalog;
        this.pending = pending;
    }

    /** Works while Elasticsearch is down: the index figures are then unknown (null name, count -1). */
    public IndexStatus status() {
        String current = null;
        long documents = -1;
        try {
            current = index.currentIndex().orElse(null);
            documents = current == null ? 0 : index.documentCount();
        } catch (IOException | RuntimeException e) {
            // Unknown while Elasticsearch is unreachable; the page says so.
        }
        return new IndexStatus(
                current,
                documents,
                catalog.countPublished(),
                pending.count(),
                pending.failing(),
                maintenance.lastRebuild());
    }

    /**
     * Starts a full rebuild in the background; {@link #status()} shows its progress.
     *
     * @throws RebuildAlreadyRunning when one is running already
     */
    public void startRebuild() {
        maintenance.startRebuild("admin");
    }
}
