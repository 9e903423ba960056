package dataport.merchants;

import dataport.shared.SitemapSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public profile pages for the sitemap, {@code merchants/{slug}}: active merchants only (a suspended one has no
 * page), by id, read as (slug, registration time) a page at a time.
 */
@Component
@Order(30)
@Transactional(readOnly = true)
class MerchantSitemap implements SitemapSource {

    /** The route of a merchant's page (the page itself is the catalog module's). */
    static final String ROUTE = "merchants/";

    @PersistenceContext
    private EntityManager entities;

    @Override
    public long count() {
        return entities.createQuery(
                        "select count(m) from Merchant m where m.status = dataport.merchants.MerchantStatus.ACTIVE",
                        Long.class)
                .getSingleResult();
    }

    @Override
    public List<Entry> entries(long offset, int limit) {
        return entities
                .createQuery(
                        "select m.slug, m.createdAt from Merchant m"
                                + " where m.status = dataport.merchants.MerchantStatus.ACTIVE order by m.id",
                        Object[].class)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new Entry(ROUTE + row[0], (Instant) row[1]))
                .toList();
    }
}
