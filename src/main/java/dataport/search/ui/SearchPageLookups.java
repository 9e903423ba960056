package dataport.search.ui;

import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRef;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What every search page reads from the database besides the index, kept for {@link #KEEP_MILLIS} ms by this node
 * (one copy for all visitors, none per session): the catalogue's categories (facet labels) and the merchants shown on
 * cards (name, slug, whitelist badge). Before, each search read its page's merchants and each new text the whole
 * category table (README "Where a search's server time goes"). A category renamed or a whitelist entry granted, ended
 * or revoked shows on search pages up to a minute later; the listing and merchant pages read them fresh.
 */
@Component
class SearchPageLookups {

    static final long KEEP_MILLIS = 60_000;

    /** More merchants than this in the cache: it is emptied (a node shows far fewer merchants in a minute). */
    private static final int MAX_MERCHANTS = 20_000;

    private final CatalogService catalog;
    private final MerchantService merchants;
    private final Clock clock;
    private volatile Kept<List<CategoryRef>> categories;
    private final Map<Long, Kept<MerchantSummary>> merchantsById = new ConcurrentHashMap<>();

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

    /** The merchants with these ids that exist, by id; those not kept (or kept too long) are read in one query. */
    Map<Long, MerchantSummary> merchants(Collection<Long> ids) {
        long now = clock.millis();
        Map<Long, MerchantSummary> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            Kept<MerchantSummary> kept = merchantsById.get(id);
            if (kept == null || kept.isOlderThan(now)) {
                missing.add(id);
            } else {
                found.put(id, kept.value());
            }
        }
        if (!missing.isEmpty()) {
            if (merchantsById.size() > MAX_MERCHANTS) {
                merchantsById.clear();
            }
            merchants.findAll(missing).forEach((id, merchant) -> {
                merchantsById.put(id, new Kept<>(merchant, now));
                found.put(id, merchant);
            });
        }
        return found;
    }

    private record Kept<T>(T value, long at) {
        boolean isOlderThan(long now) {
            return now - at >= KEEP_MILLIS;
        }
    }
}
