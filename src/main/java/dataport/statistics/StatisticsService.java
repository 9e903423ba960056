package dataport.statistics;

import dataport.catalog.CatalogService;
import dataport.merchants.MerchantService;
import dataport.orders.IndicativeRates;
import dataport.shared.Money;
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
 * month, track, buyer country, merchant origin and country), merchants and listings by month, and what buyers search
 * for without finding it. Days are Asia/Shanghai days.
 *
 * <p>US-dollar totals are indicative: each group's sum in its own currency is converted at today's indicative rate
 * (orders module), rounded half-up to the cent once per group and currency, then added up. Currencies without a rate
 * are left out of the dollar figures and named.
 */
@Service
@Transactional(readOnly = true)
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
                "SELECT currency, COUNT(*), SUM(total_minor) FROM stat_order" + where
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
                "SELECT " + dimension.column + " k, currency, COUNT(*), SUM(total_minor) FROM stat_order" + where
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
                "SELECT query, lang, SUM(no_results) n FROM stat_query_day WHERE day >= ? AND day < ?"
                        + " AND no_results > 0 GROUP BY query, lang ORDER BY n DESC, query LIMIT " + limit,
                (rs, i) -> new QueryCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
                filter.firstDay().toString(),
                filter.endDay().toString());
    }

    /**
     * Cross-border trades by classification and routing outcome, assessment turnaround, spot-check results: the
     * compliance module that records them is not there yet, so these are empty and the page says "no data yet".
     * When it lands, it publishes its decisions as events; a listener here stores them like {@link OrderCounting}
     * does and these methods read that table.
     */
    public Breakdown crossBorder(CrossBorderChart chart, DashboardFilter filter) {
        return Breakdown.counts(List.of());
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
        StringBuilder sql = new StringBuilder(" WHERE day >= ? AND day < ?");
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

    public enum CrossBorderChart {
        CLASSIFICATION_ROUTING,
        ASSESSMENT_TURNAROUND,
        SPOT_CHECKS
    }
}
