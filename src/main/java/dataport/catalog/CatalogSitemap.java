package dataport.catalog;

import dataport.shared.QuerySitemapSource;
import dataport.shared.SitemapSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's public pages for the sitemap: every category (a track's page exists while empty too) and every
 * published listing. Read as projections a page at a time (id and two timestamps per listing), never as entities.
 */
class CatalogSitemap {

    private CatalogSitemap() {}

    /** {@code categories/{code}}: changed when a listing in it (or, for a track, in its sub-tracks) last changed. */
    @Component
    @Order(10)
    @Transactional(readOnly = true)
    static class CategoryPages implements SitemapSource {

        @PersistenceContext
        private EntityManager entities;

        @Override
        public long count() {
            return entities.createQuery("select count(c) from Category c", Long.class)
                    .getSingleResult();
        }

        @Override
        public List<Entry> entries(long offset, int limit) {
            Map<Long, Instant> changed = new HashMap<>();
            for (Object[] row : entities.createQuery(
                            "select l.categoryId, max(coalesce(l.updatedAt, l.publishedAt)) from Listing l"
                                    + " where l.status = dataport.catalog.ListingStatus.PUBLISHED group by l.categoryId",
                            Object[].class)
                    .getResultList()) {
                changed.put((Long) row[0], (Instant) row[1]);
            }
            List<Object[]> categories = entities.createQuery(
                            "select c.id, c.parentId, c.code from Category c order by c.id", Object[].class)
                    .getResultList();
            // A track's page shows its sub-tracks' listings: it changed when they did.
            Map<Long, Instant> withChildren = new HashMap<>(changed);
            for (Object[] c : categories) {
                Long parent = (Long) c[1];
                Instant own = changed.get((Long) c[0]);
                if (parent != null && own != null) {
                    withChildren.merge(parent, own, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            return categories.stream()
                    .skip(offset)
                    .limit(limit)
                    .map(c -> new Entry("categories/" + c[2], withChildren.get((Long) c[0])))
                    .toList();
        }
    }

    /** {@code listings/{id}} of every published listing, by id. */
    @Component
    @Order(20)
    @Transactional(readOnly = true)
    static class ListingPages extends QuerySitemapSource {

        ListingPages() {
            super(
                    "listings/",
                    "select count(l) from Listing l where l.status = dataport.catalog.ListingStatus.PUBLISHED",
                    "select l.id, coalesce(l.updatedAt, l.publishedAt) from Listing l"
                            + " where l.status = dataport.catalog.ListingStatus.PUBLISHED order by l.id");
        }
    }
}
