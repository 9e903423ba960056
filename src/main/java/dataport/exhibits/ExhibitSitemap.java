package dataport.exhibits;

import dataport.catalog.CatalogService;
import dataport.shared.SitemapSource;
import dataport.shared.Sitemaps;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exhibits module's public pages for the sitemap: the home page first (it shows the live exhibits and the newest
 * listings, so it changed when either did), then every exhibit and hall live now ({@code exhibits/{slug}}), which are
 * few (curated by hand).
 */
class ExhibitSitemap {

    private ExhibitSitemap() {}

    @Component
    @Order(0)
    @Transactional(readOnly = true)
    static class Home implements SitemapSource {

        private final Exhibits exhibits;
        private final CatalogService catalog;
        private final Clock clock;

        Home(Exhibits exhibits, CatalogService catalog, Clock clock) {
            this.exhibits = exhibits;
            this.catalog = catalog;
            this.clock = clock;
        }

        @Override
        public long count() {
            return 1;
        }

        @Override
        public List<Entry> entries(long offset, int limit) {
            if (offset > 0 || limit < 1) {
                return List.of();
            }
            Instant changed = catalog.recentlyPublished(1).stream()
                    .map(l -> l.publishedAt())
                    .findFirst()
                    .orElse(null);
            for (Exhibit e : live(exhibits, clock.instant())) {
                changed = Sitemaps.newest(changed, e.getUpdatedAt(), e.getStartsAt());
            }
            return List.of(new Entry("", changed));
        }
    }

    @Component
    @Order(40)
    @Transactional(readOnly = true)
    static class ExhibitPages implements SitemapSource {

        private final Exhibits exhibits;
        private final Clock clock;

        ExhibitPages(Exhibits exhibits, Clock clock) {
            this.exhibits = exhibits;
            this.clock = clock;
        }

        @Override
        public long count() {
            return live(exhibits, clock.instant()).size();
        }

        @Override
        public List<Entry> entries(long offset, int limit) {
            return live(exhibits, clock.instant()).stream()
                    .skip(offset)
                    .limit(limit)
                    .map(e -> new Entry("exhibits/" + e.getSlug(), Sitemaps.newest(e.getUpdatedAt(), e.getStartsAt())))
                    .toList();
        }
    }

    /** Live exhibits, then live halls (the home page's order). */
    static List<Exhibit> live(Exhibits exhibits, Instant now) {
        List<Exhibit> live = new ArrayList<>(exhibits.findLive(now));
        live.addAll(exhibits.findLiveHalls(now));
        return live;
    }
}
