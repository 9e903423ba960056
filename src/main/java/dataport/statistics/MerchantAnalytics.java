package dataport.statistics;

import dataport.accounts.CurrentUser;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's own figures, for its members only: per listing and in total, by day, week or month (Shanghai days):
 * page views, search impressions, clicks from results, click-through rate, paid orders, conversion, revenue per
 * currency, and the queries that brought buyers to its listings. Views, impressions and clicks come from the daily
 * roll-up (so today's appear after the next roll-up); orders as soon as they are paid.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed("MERCHANT")
public class MerchantAnalytics {

    private final JdbcTemplate jdbc;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final FigureCache<ReportKey, Report> reports;

    MerchantAnalytics(
            JdbcTemplate jdbc,
            CatalogService catalog,
            MerchantService merchants,
            CurrentUser currentUser,
            Clock clock,
            StatisticsGeneration generation) {
        this.reports = new FigureCache<>(generation, 500);
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Days.ZONE));
    }

    /** The signed-in merchant's figures from {@code from} to {@code to} (inclusive). */
    public Report report(LocalDate from, LocalDate to, Grain grain) {
        MerchantSummary merchant = merchants
                .findForMember(currentUser.require().id())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No merchant"));
        Map<Long, Bilingual> titles = new LinkedHashMap<>();
        for (ListingDetails l : catalog.myListings()) {
            titles.put(l.id(), l.content().title());
        }
        // Kept until the next roll-up or paid order; the merchant's listings and their titles are part of the key.
        return reports.get(
                new ReportKey(merchant.id(), merchant.name(), titles, from, to, grain),
                () -> report(merchant, titles, from, to, grain));
    }

    private record ReportKey(
            long merchantId, Bilingual name, Map<Long, Bilingual> titles, LocalDate from, LocalDate to, Grain grain) {}

    private Report report(
            MerchantSummary merchant, Map<Long, Bilingual> titles, LocalDate from, LocalDate to, Grain grain) {
        String start = from.toString();
        String end = to.plusDays(1).toString();
        Map<String, Bucket> buckets = new TreeMap<>();
        Map<Long, ListingFigures> perListing = new LinkedHashMap<>();
        titles.forEach((id, title) -> perListing.put(id, new ListingFigures(id, title)));
        if (!titles.isEmpty()) {
            String ids = titles.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            jdbc.query(
                    "SELECT " + grain.expression + " b, listing_id, SUM(views), SUM(impressions), SUM(clicks)"
                            + " FROM stat_listing_day WHERE day >= ? AND day < ? AND listing_id IN (" + ids + ")"
                            + " GROUP BY b, listing_id",
                    rs -> {
                        Bucket b = buckets.computeIfAbsent(rs.getString(1), Bucket::new);
                        ListingFigures l = perListing.get(rs.getLong(2));
                        b.views += rs.getLong(3);
                        b.impressions += rs.getLong(4);
                        b.clicks += rs.getLong(5);
                        l.views += rs.getLong(3);
                        l.impressions += rs.getLong(4);
                        l.clicks += rs.getLong(5);
                    },
                    start,
                    end);
        }
        jdbc.query(
                "SELECT " + grain.expression + " b, listing_id, currency, COUNT(*), SUM(total_minor) FROM stat_order"
                        + " WHERE merchant_id = ? AND day >= ? AND day < ? GROUP BY b, listing_id, currency",
                rs -> {
                    Bucket b = buckets.computeIfAbsent(rs.getString(1), Bucket::new);
                    ListingFigures l = perListing.computeIfAbsent(
                            rs.getLong(2), id -> new ListingFigures(id, Bilingual.of("#" + id, "#" + id)));
                    b.orders += rs.getLong(4);
                    b.revenue.merge(rs.getString(3), rs.getLong(5), Long::sum);
                    l.orders += rs.getLong(4);
                    l.revenue.merge(rs.getString(3), rs.getLong(5), Long::sum);
                },
                merchant.id(),
                start,
                end);
        List<QueryClicks> queries = titles.isEmpty()
                ? List.of()
                : jdbc.query(
                        "SELECT query, lang, SUM(clicks) n FROM stat_listing_query_day WHERE day >= ? AND day < ?"
                                + " AND listing_id IN ("
                                + titles.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
                                + ") GROUP BY query, lang ORDER BY n DESC, query LIMIT 50",
                        (rs, i) -> new QueryClicks(rs.getString(1), rs.getString(2), rs.getLong(3)),
                        start,
                        end);
        List<ListingFigures> listings = new ArrayList<>(perListing.values());
        listings.sort(Comparator.comparingLong((ListingFigures l) -> l.views).reversed());
        Bucket total = new Bucket("");
        for (Bucket b : buckets.values()) {
            total.views += b.views;
            total.impressions += b.impressions;
            total.clicks += b.clicks;
            total.orders += b.orders;
            b.revenue.forEach((c, v) -> total.revenue.merge(c, v, Long::sum));
        }
        return new Report(
                merchant.name(),
                from,
                to,
                grain,
                total.toFigures(),
                buckets.values().stream().map(Bucket::toFigures).toList(),
                listings.stream().map(ListingFigures::toRow).toList(),
                queries);
    }

    /** Everything the analytics page shows. */
    public record Report(
            Bilingual merchant,
            LocalDate from,
            LocalDate to,
            Grain grain,
            Figures total,
            List<Figures> periods,
            List<ListingRow> listings,
            List<QueryClicks> queries) {}

    /**
     * Figures of one period (or of the whole range: {@code period} empty).
     *
     * @param revenue minor units per currency code
     */
    public record Figures(
            String period, long views, long impressions, long clicks, long orders, Map<String, Long> revenue) {

        /** Clicks per impression, in per mille (rounded half-up); null when nothing was shown. */
        public Long clickThroughPerMille() {
            return perMille(clicks, impressions);
        }

        /** Orders per page view, in per mille; null without views. */
        public Long conversionPerMille() {
            return perMille(orders, views);
        }
    }

    public record ListingRow(long listingId, Bilingual title, Figures figures) {}

    public record QueryClicks(String query, String lang, long clicks) {}

    static Long perMille(long part, long whole) {
        return whole == 0 ? null : (part * 1000 + whole / 2) / whole;
    }

    private static final class Bucket {
        final String period;
        long views;
        long impressions;
        long clicks;
        long orders;
        final Map<String, Long> revenue = new TreeMap<>();

        Bucket(String period) {
            this.period = period;
        }

        Figures toFigures() {
            return new Figures(period, views, impressions, clicks, orders, new TreeMap<>(revenue));
        }
    }

    private static final class ListingFigures {
        final long id;
        final Bilingual title;
        long views;
        long impressions;
        long clicks;
        long orders;
        final Map<String, Long> revenue = new TreeMap<>();

        ListingFigures(long id, Bilingual title) {
            this.id = id;
            this.title = title;
        }

        ListingRow toRow() {
            return new ListingRow(
                    id, title, new Figures("", views, impressions, clicks, orders, new TreeMap<>(revenue)));
        }
    }
}
