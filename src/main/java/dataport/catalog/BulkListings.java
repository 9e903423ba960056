package dataport.catalog;

import dataport.shared.Bilingual;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many published listings at once, for the generated demo catalogue and benchmarks (thousands to a million):
 * multi-row INSERTs instead of one JPA save per row, and no event per listing. Each listing still passes through
 * {@link Listing} and {@link PricingPlan}, so the domain's rules (CORE data never cross-border, a price on every
 * plan but quotes) hold. Ids are assigned from the table's current maximum, so this is for loading, not for use
 * alongside other writers of listings. Call {@link #announce} once at the end: the search index rebuilds then.
 */
@Service
public class BulkListings {

    /** Rows per INSERT: the listing row has 23 columns, and a statement may carry at most 65,535 parameters. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final JdbcTemplate jdbc;
    private final Categories categories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BulkListings(JdbcTemplate jdbc, Categories categories, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.events = events;
        this.clock = clock;
    }

    /** A listing to be written as published at {@code publishedAt}. */
    public record PublishedListing(long merchantId, ListingContent content, Instant publishedAt) {}

    /** Writes the listings as published, in one transaction; returns their ids in order. Publishing is staff's. */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public List<Long> insertPublished(List<PublishedListing> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<String, Long> categoryIds = new HashMap<>();
        categories.findAll().forEach(c -> categoryIds.put(c.getCode(), c.getId()));
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM listing", Long.class);
        long nextId = max == null ? 1 : max + 1;
        Timestamp now = Timestamp.from(clock.instant());

        List<Object[]> listingRows = new ArrayList<>(batch.size());
        List<Object[]> tagRows = new ArrayList<>();
        List<Object[]> regionRows = new ArrayList<>();
        List<Object[]> languageRows = new ArrayList<>();
        List<Object[]> planRows = new ArrayList<>();
        List<Long> ids = new ArrayList<>(batch.size());
        for (PublishedListing p : batch) {
            long id = nextId++;
            ids.add(id);
            Listing l = validated(p.merchantId(), p.content(), categoryIds);
            listingRows.add(new Object[] {
                id,
                l.getMerchantId(),
                l.getCategoryId(),
                l.getTitle().en(),
                l.getTitle().zh(),
                en(l.getSummary()),
                zh(l.getSummary()),
                en(l.getDescription()),
                zh(l.getDescription()),
                l.getDeliveryMode().name(),
                l.getClassification().name(),
                l.isPersonalInformation(),
                l.isCrossBorder(),
                l.getUpdateFrequency() == null ? null : l.getUpdateFrequency().name(),
                en(l.getSla()),
                zh(l.getSla()),
                en(l.getLicence()),
                zh(l.getLicence()),
                ListingStatus.PUBLISHED.name(),
                Timestamp.from(p.publishedAt()),
                now,
                now,
                0L
            });
            l.getTags().forEach(t -> tagRows.add(new Object[] {id, t}));
            l.getRegions().forEach(r -> regionRows.add(new Object[] {id, r}));
            l.getLanguages().forEach(g -> languageRows.add(new Object[] {id, g}));
            int position = 0;
            for (PricingPlan plan : l.getPlans()) {
                CatalogService.NewPlan v = plan.toContent();
                planRows.add(new Object[] {
                    id,
                    position++,
                    v.name().en(),
                    v.name().zh(),
                    v.model().name(),
                    v.period() == null ? null : v.period().name(),
                    v.unit() == null ? null : v.unit().en(),
                    v.unit() == null ? null : v.unit().zh(),
                    v.price() == null ? null : v.price().minorUnits(),
                    v.price() == null ? null : v.price().currency().getCurrencyCode()
                });
            }
        }
        insert(
                "listing (id, merchant_id, category_id, title_en, title_zh, summary_en, summary_zh, description_en,"
                        + " description_zh, delivery_mode, classification, personal_information, cross_border,"
                        + " update_frequency, sla_en, sla_zh, licence_en, licence_zh, status, published_at, created_at,"
                        + " updated_at, version)",
                listingRows);
        insert("listing_tag (listing_id, tag)", tagRows);
        insert("listing_region (listing_id, country_code)", regionRows);
        insert("listing_language (listing_id, language)", languageRows);
        insert(
                "pricing_plan (listing_id, position, name_en, name_zh, model, period, unit_en, unit_zh, price_minor,"
                        + " currency)",
                planRows);
        return ids;
    }

    /**
     * Tells readers that listings were loaded in bulk: the search index rebuilds before this returns. Deliberately
     * outside a transaction: the rebuild reads the catalogue in batches, each in its own read-only transaction; inside
     * one transaction all listings would pile up in one persistence context and every batch would get slower.
     */
    @PreAuthorize("hasRole('COMPLIANCE')")
    public void announce(int listings) {
        events.publishEvent(new ListingsBulkLoaded(listings));
    }

    private Listing validated(long merchantId, ListingContent content, Map<String, Long> categoryIds) {
        Long categoryId = categoryIds.get(content.categoryCode());
        if (categoryId == null) {
            throw new IllegalArgumentException("No category " + content.categoryCode());
        }
        Listing listing = Listing.draft(merchantId, categoryId, content, clock.instant());
        if (content.plans().isEmpty()) {
            throw new IllegalArgumentException("A published listing needs at least one pricing plan");
        }
        return listing;
    }

    private void insert(String tableAndColumns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.getFirst().length;
        String tuple = "(" + "?, ".repeat(columns - 1) + "?)";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql =
                    new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
            Object[] args = new Object[chunk.size() * columns];
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(tuple);
                System.arraycopy(chunk.get(i), 0, args, i * columns, columns);
            }
            jdbc.update(sql.toString(), args);
        }
    }

    private static String en(Bilingual text) {
        return text == null ? null : text.en();
    }

    private static String zh(Bilingual text) {
        return text == null ? null : text.zh();
    }
}
