package dataport.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * A sitemap source read by two JPQL queries: one counting the public pages, one selecting (path key, last change) in a
 * stable order, a page at a time. The page's path is the prefix followed by the key.
 */
public abstract class QuerySitemapSource implements SitemapSource {

    private final String prefix;
    private final String countQuery;
    private final String pageQuery;

    @PersistenceContext
    private EntityManager entities;

    protected QuerySitemapSource(String prefix, String countQuery, String pageQuery) {
        this.prefix = prefix;
        this.countQuery = countQuery;
        this.pageQuery = pageQuery;
    }

    @Override
    public long count() {
        return entities.createQuery(countQuery, Long.class).getSingleResult();
    }

    @Override
    public List<Entry> entries(long offset, int limit) {
        return entities
                .createQuery(pageQuery, Object[].class)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new Entry(prefix + row[0], (Instant) row[1]))
                .toList();
    }
}
