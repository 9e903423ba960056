package dataport.catalog;

import dataport.catalog.CatalogService.NewPlan;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads listings as {@link ListingDetails} straight from the tables: five queries per batch, whatever its size, and no
 * entities in a persistence context. A full reindex reads every published listing through here (a million in a few
 * hundred batches), where loading {@link Listing} entities with their collections cost more than indexing them.
 */
@Component
class ListingRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final MerchantService merchants;

    ListingRows(NamedParameterJdbcTemplate jdbc, MerchantService merchants) {
        this.jdbc = jdbc;
        this.merchants = merchants;
    }

    /** The listings with these ids in the order of {@code ids}; missing ids are skipped. */
    List<ListingDetails> read(List<Long> ids, Map<Long, CategoryRef> categories) {
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        Map<Long, Row> rows = new HashMap<>();
        jdbc.query(
                "SELECT id, version, status, title_en, title_zh, summary_en, summary_zh, description_en,"
                        + " description_zh, category_id, merchant_id, delivery_mode, classification,"
                        + " personal_information, cross_border, update_frequency, sla_en, sla_zh, licence_en,"
                        + " licence_zh, licence_use, licence_derivatives, licence_attribution, licence_no_transfer,"
                        + " licence_territory, licence_term_months, licence_max_users, image_ids, sample_file_id, published_at FROM listing WHERE id IN (:ids)",
                params,
                rs -> {
                    Row row = new Row(rs);
                    rows.put(row.id, row);
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        collect(
                params,
                "SELECT listing_id, tag FROM listing_tag WHERE listing_id IN (:ids)",
                rows,
                (r, rs) -> r.tags.add(rs.getString(2)));
        collect(
                params,
                "SELECT listing_id, country_code FROM listing_region WHERE listing_id IN (:ids)",
                rows,
                (r, rs) -> r.regions.add(rs.getString(2)));
        collect(
                params,
                "SELECT listing_id, language FROM listing_language WHERE listing_id IN (:ids)",
                rows,
                (r, rs) -> r.languages.add(rs.getString(2)));
        collect(
                params,
                "SELECT listing_id, name_en, name_zh, model, period, unit_en, unit_zh, price_minor, currency"
                        + " FROM pricing_plan WHERE listing_id IN (:ids) ORDER BY listing_id, position",
                rows,
                (r, rs) -> r.plans.add(plan(rs)));

        Map<Long, MerchantSummary> merchantsById = merchants.findAll(
                rows.values().stream().map(r -> r.merchantId).distinct().toList());
        List<ListingDetails> result = new ArrayList<>(rows.size());
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row != null && seen.putIfAbsent(id, Boolean.TRUE) == null) {
                result.add(row.toDetails(categories.get(row.categoryId), merchantsById.get(row.merchantId)));
            }
        }
        return result;
    }

    private interface RowReader {
        void read(Row row, ResultSet rs) throws SQLException;
    }

    private void collect(MapSqlParameterSource params, String sql, Map<Long, Row> rows, RowReader reader) {
        jdbc.query(sql, params, rs -> {
            Row row = rows.get(rs.getLong(1));
            if (row != null) {
                reader.read(row, rs);
            }
        });
    }

    private static NewPlan plan(ResultSet rs) throws SQLException {
        long minor = rs.getLong("price_minor");
        Money price = rs.wasNull() ? null : Money.ofMinor(minor, rs.getString("currency"));
        String period = rs.getString("period");
        return new NewPlan(
                bilingualOrNull(rs.getString("name_en"), rs.getString("name_zh")),
                PricingModel.valueOf(rs.getString("model")),
                period == null ? null : BillingPeriod.valueOf(period),
                bilingualOrNull(rs.getString("unit_en"), rs.getString("unit_zh")),
                price);
    }

    /** As JPA maps an embedded value: null when all its columns are. */
    private static Bilingual bilingualOrNull(String en, String zh) {
        return en == null && zh == null ? null : new Bilingual(en, zh);
    }

    private static final class Row {
        final long id;
        final long version;
        final ListingStatus status;
        final long categoryId;
        final long merchantId;
        final Timestamp publishedAt;
        final ListingContent.Builder content;
        // Sets in the entity: a tag appears once, in the order the database returns it.
        final List<String> tags = new ArrayList<>(8);
        final List<String> regions = new ArrayList<>(4);
        final List<String> languages = new ArrayList<>(4);
        final List<NewPlan> plans = new ArrayList<>(3);

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            version = rs.getLong("version");
            status = ListingStatus.valueOf(rs.getString("status"));
            categoryId = rs.getLong("category_id");
            merchantId = rs.getLong("merchant_id");
            String frequency = rs.getString("update_frequency");
            boolean personalInformation = rs.getBoolean("personal_information");
            Boolean answered = rs.wasNull() ? null : personalInformation;
            long sampleFileId = rs.getLong("sample_file_id");
            Long sample = rs.wasNull() ? null : sampleFileId;
            content = ListingContent.builder()
                    .title(bilingual(rs, "title"))
                    .summary(bilingual(rs, "summary"))
                    .description(bilingual(rs, "description"))
                    .deliveryMode(DeliveryMode.valueOf(rs.getString("delivery_mode")))
                    .classification(DataClassification.valueOf(rs.getString("classification")))
                    .personalInformation(answered)
                    .crossBorder(rs.getBoolean("cross_border"))
                    .updateFrequency(frequency == null ? null : UpdateFrequency.valueOf(frequency))
                    .sla(bilingual(rs, "sla"))
                    .licence(bilingual(rs, "licence"))
                    .licenceTerms(licenceTerms(rs))
                    .imageIds(Listing.imageIdsOf(rs.getString("image_ids")))
                    .sampleFileId(sample);
            // As Hibernate reads it (hibernate.jdbc.time_zone=UTC).
            publishedAt = rs.getTimestamp("published_at", Calendar.getInstance(TimeZone.getTimeZone("UTC")));
        }

        private static LicenceTerms licenceTerms(ResultSet rs) throws SQLException {
            int term = rs.getInt("licence_term_months");
            Integer months = rs.wasNull() ? null : term;
            int users = rs.getInt("licence_max_users");
            Integer maxUsers = rs.wasNull() ? null : users;
            return new LicenceTerms(
                    LicenceUse.valueOf(rs.getString("licence_use")),
                    rs.getBoolean("licence_derivatives"),
                    rs.getBoolean("licence_attribution"),
                    rs.getBoolean("licence_no_transfer"),
                    LicenceTerms.territoryOf(rs.getString("licence_territory")),
                    months,
                    maxUsers);
        }

        private static Bilingual bilingual(ResultSet rs, String column) throws SQLException {
            return new Bilingual(rs.getString(column + "_en"), rs.getString(column + "_zh"));
        }

        ListingDetails toDetails(CategoryRef category, MerchantSummary merchant) {
            ListingContent c = content.categoryCode(category == null ? null : category.code())
                    .tags(tags)
                    .regions(regions)
                    .languages(languages)
                    .plans(plans)
                    .build();
            return new ListingDetails(
                    id, version, status, c, category, merchant, publishedAt == null ? null : publishedAt.toInstant());
        }
    }
}
