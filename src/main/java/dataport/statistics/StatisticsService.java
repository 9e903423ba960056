package dataport.statistics;

import dataport.catalog.CatalogService;
import dataport.merchants.MerchantService;
import dataport.orders.IndicativeRates;
import dataport.shared.Money;
import dataport.shared.StaleReadsAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The park staff's statistics dashboard: paid orders (value per currency and an indicative US-dollar total, count by
 * month, track, buyer country, merchant origin and country (from the monthly roll-up {@code stat_trade_month}, which
 * the order counting keeps current)), merchants and listings by month, and what buyers search
 * for without finding it. Days are Asia/Shanghai days.
 *
 * <p>US-dollar totals are indicative: each group's sum in its own currency is converted at today's indicative rate
 * (orders module), rounded half-up to the cent once per group and currency, then added up. Currencies without a rate
 * are left out of the dollar figures and named.
 */
@Service
@Transactional(readOnly = true)
@StaleReadsAllowed
@RolesAllowed({"ADMIN", "COMPLIANCE", "CURATOR"})
public class StatisticsService {

    private static final Currency USD = Currency.getInstance("USD");

    private final JdbcTemplate jdbc;
    private final IndicativeRates rates;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final Clock clock;

    StatisticsService(
            JdbcTemplate jdbc, IndicativeRates rates, CatalogService catalog, MerchantService merchants, Clock clock) {
        this.jdbc = jdbc;
        this.rates = rates;
        this.catalog = catalog;
        this.merchants = merchants;
        this.clock = clock;
    }

    /** Today in Shanghai, where the dashboard's days are. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Days.ZONE));
    }

    public List<CurrencyTotal> tradeByCurrency(DashboardFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return jdbc.query(
                "SELECT currency, SUM(orders), SUM(total_minor) FROM stat_trade_month" + where
                        + " GROUP BY currency ORDER BY currency",
                (rs, i) -> {
                    String currency = rs.getString(1);
                    long total = rs.getLong(3);
                    return new CurrencyTotal(currency, rs.getLong(2), total, usdCents(currency, total));
                },
                args.toArray());
    }

    /** Sum of the indicative dollar totals; currencies without a rate are left out. */
    public long usdTotalCents(List<CurrencyTotal> totals) {
        return totals.stream()
                .map(CurrencyTotal::usdCents)
                .filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum();
    }

    public Breakdown tradeBy(TradeDimension dimension, DashboardFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Map<String, long[]> byKey = new LinkedHashMap<>();
        TreeSet<String> unconverted = new TreeSet<>();
        jdbc.query(
                "SELECT " + dimension.column + " k, currency, SUM(orders), SUM(total_minor) FROM stat_trade_month"
                        + where
                        + " GROUP BY k, currency",
                rs -> {
                    String key = rs.getString(1) == null ? "" : rs.getString(1);
                    long[] sums = byKey.computeIfAbsent(key, k -> new long[2]);
                    sums[0] += rs.getLong(3);
                    Long usd = usdCents(rs.getString(2), rs.getLong(4));
                    if (usd == null) {
                        unconverted.add(rs.getString(2));
                    } else {
                        sums[1] += usd;
                    }
                },
                args.toArray());
        if (dimension == TradeDimension.MONTH) {
            for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
                byKey.putIfAbsent(m.toString(), new long[2]);
            }
        }
        List<Breakdown.Row> rows = new ArrayList<>();
        byKey.forEach((k, v) -> rows.add(new Breakdown.Row(k, v[0], v[1])));
        rows.sort(
                dimension == TradeDimension.MONTH
                        ? Comparator.comparing(Breakdown.Row::key)
                        : Comparator.comparingLong(Breakdown.Row::count)
                                .reversed()
                                .thenComparing(Breakdown.Row::key));
        return new Breakdown(rows, List.copyOf(unconverted));
    }

    /** Merchants registered per month of the period (every merchant, whatever its status now). */
    public Breakdown merchantsOnboarded(DashboardFilter filter) {
        return byMonth(merchants.registrationTimes(), filter);
    }

    /** Listings published per month of the period, among those still published. */
    public Breakdown listingsPublished(DashboardFilter filter) {
        return byMonth(catalog.publicationTimes(), filter);
    }

    /** The searches that found nothing most often in the period: key "query", with the language in {@code lang}. */
    public List<QueryCount> searchesWithoutResults(DashboardFilter filter, int limit) {
        return jdbc.query(
                "SELECT query, lang, SUM(no_results) n FROM stat_query_month WHERE month >= ? AND month < ?"
                        + " AND no_results > 0 GROUP BY query, lang ORDER BY n DESC, query LIMIT " + limit,
                (rs, i) -> new QueryCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
                filter.firstDay().toString(),
                filter.endDay().toString());
    }

    /**
     * Cross-border figures of the period from the daily roll-up: orders routed abroad by data grade and outcome,
     * assessment decisions by turnaround band and decision, closed spot checks by data grade and finding. The track and
     * origin filters do not apply (the decisions are counted per order, not per track). Rows in a fixed order: the
     * first key's, then the second's.
     */
    public List<CrossBorderCount> crossBorder(CrossBorderChart chart, DashboardFilter filter) {
        List<CrossBorderCount> rows = new ArrayList<>(jdbc.query(
                "SELECT k1, k2, SUM(n) FROM stat_cross_border_day WHERE chart = ? AND day >= ? AND day < ?"
                        + " GROUP BY k1, k2",
                (rs, i) -> new CrossBorderCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
                chart.code,
                filter.firstDay().toString(),
                filter.endDay().toString()));
        rows.sort(Comparator.comparingInt((CrossBorderCount r) -> chart.rank(r.first(), chart.firstOrder))
                .thenComparing(r -> r.first())
                .thenComparingInt(r -> chart.rank(r.second(), chart.secondOrder))
                .thenComparing(r -> r.second()));
        return rows;
    }

    /** When the last roll-up ran, if ever. */
    public Optional<Instant> lastRollUp() {
        return jdbc.query("SELECT MAX(rolled_at_ms) FROM stat_rollup", (rs, i) -> rs.getObject(1, Long.class)).stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(Instant::ofEpochMilli);
    }

    private Breakdown byMonth(List<Instant> times, DashboardFilter filter) {
        Map<String, long[]> byKey = new LinkedHashMap<>();
        for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
            byKey.put(m.toString(), new long[1]);
        }
        for (Instant t : times) {
            if (t == null) {
                continue;
            }
            long[] count = byKey.get(YearMonth.from(t.atZone(Days.ZONE)).toString());
            if (count != null) {
                count[0]++;
            }
        }
        List<Breakdown.Row> rows = new ArrayList<>();
        byKey.forEach((k, v) -> rows.add(new Breakdown.Row(k, v[0], null)));
        return Breakdown.counts(rows);
    }

    private Long usdCents(String currency, long totalMinor) {
        try {
            return rates.convert(Money.ofMinor(totalMinor, currency), USD)
                    .map(Money::minorUnits)
                    .orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String where(DashboardFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE month >= ? AND month < ?");
        args.add(filter.firstDay().toString());
        args.add(filter.endDay().toString());
        if (filter.track() != null) {
            sql.append(" AND track = ?");
            args.add(filter.track());
        }
        if (filter.origin() != null) {
            sql.append(" AND origin = ?");
            args.add(filter.origin().name());
        }
        return sql.toString();
    }

    /** A query text, its language, and how often. */
    public record QueryCount(String query, String lang, long count) {}

    /** One cell of a cross-border figure: e.g. IMPORTANT data, NEEDS_REVIEW outcome, 3 orders. */
    public record CrossBorderCount(String first, String second, long count) {}

    public enum CrossBorderChart {
        /** Orders routed abroad: data grade × routing outcome. */
        CLASSIFICATION_ROUTING("ROUTING", Orders.GRADES, List.of("ALLOWED", "NEEDS_REVIEW", "BLOCKED")),
        /** Assessment decisions: turnaround band (filing to decision) × decision. */
        ASSESSMENT_TURNAROUND(
                "TURNAROUND",
                List.of("UNDER_1_DAY", "DAYS_1_TO_3", "DAYS_3_TO_7", "DAYS_7_TO_14", "OVER_14_DAYS"),
                List.of("APPROVED", "MORE_REQUESTED", "REFUSED")),
        /** Closed spot checks: data grade × finding. */
        SPOT_CHECKS("SPOT_CHECK", Orders.GRADES, List.of("COMPLIANT", "ISSUE_FOUND", "ESCALATED"));

        final String code;
        final List<String> firstOrder;
        final List<String> secondOrder;

        CrossBorderChart(String code, List<String> firstOrder, List<String> secondOrder) {
            this.code = code;
            this.firstOrder = firstOrder;
            this.secondOrder = secondOrder;
        }

        int rank(String key, List<String> order) {
            int i = order.indexOf(key);
            return i < 0 ? order.size() : i;
        }

        private static final class Orders {
            static final List<String> GRADES = List.of("PUBLIC", "GENERAL", "IMPORTANT", "CORE");
        }
    }
}
