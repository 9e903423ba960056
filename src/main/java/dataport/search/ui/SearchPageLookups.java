package dataport.search.ui;

import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRef;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What every search page reads from the database besides the index: the catalogue's categories (facet labels), kept
 * for {@link #KEEP_MILLIS} ms by this node (one copy for all visitors, none per session), and the merchants shown on
 * cards (name, slug, whitelist badge), which {@link MerchantService#findAll(Collection)} keeps for all card pages and
 * drops when one changes. Before, each new text read the whole category table (README "Where a search's server time
 * goes"). A category renamed shows on search pages up to a minute later; the listing pages read it fresh.
 */
@Component
class SearchPageLookups {

    static final long KEEP_MILLIS = 60_000;

    private final CatalogService catalog;
    private final MerchantService merchants;
    private final Clock clock;
    private volatile Kept<List<CategoryRef>> categories;

    SearchPageLookups(CatalogService catalog, MerchantService merchants, Clock clock) {
        this.catalog = catalog;
        this.merchants = merchants;
        this.clock = clock;
    }

    List<CategoryRef> categories() {
        Kept<List<CategoryRef>> kept = categories;
        long now = clock.millis();
        if (kept == null || kept.isOlderThan(now)) {
            kept = new Kept<>(catalog.categories(), now);
            categories = kept;
        }
        return kept.value();
    }

    /** The merchants with these ids that exist, by id. */
    Map<Long, MerchantSummary> merchants(Collection<Long> ids) {
        return merchants.findAll(ids);
    }

    private record Kept<T>(T value, long at) {
        boolean isOlderThan(long now) {
            return now - at >= KEEP_MILLIS;
        }
    }
}
