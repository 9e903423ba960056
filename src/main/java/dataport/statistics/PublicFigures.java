package dataport.statistics;

import dataport.catalog.CatalogService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.HeadlineFigures;
import dataport.shared.StaleReadsAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Digital trade in figures", for anyone: listings, active merchants by origin and country, and trades by track and
 * month as counts only (no merchant's revenue). Trades count up to yesterday (Shanghai), so the page changes once a
 * day. The home page's headline figures come from here too.
 */
@Service
@Transactional(readOnly = true)
@StaleReadsAllowed
public class PublicFigures implements HeadlineFigures {

    private final JdbcTemplate jdbc;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final Clock clock;

    PublicFigures(JdbcTemplate jdbc, CatalogService catalog, MerchantService merchants, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.merchants = merchants;
        this.clock = clock;
    }

    @Override
    public Headline headline() {
        LocalDate today = today();
        String month = today.withDayOfMonth(1).toString();
        // Whole months from the monthly roll-up, this month's days up to yesterday from the orders themselves.
        Long trades = jdbc.queryForObject(
                "SELECT (SELECT COALESCE(SUM(orders), 0) FROM stat_trade_month WHERE month < ?)"
                        + " + (SELECT COUNT(*) FROM stat_order WHERE day >= ? AND day < ?)",
                Long.class,
                month,
                month,
                today.toString());
        return new Headline(
                catalog.countPublished(), merchants.count(), merchants.countCountries(), trades == null ? 0 : trades);
    }

    /** Active merchants by origin ({@code DOMESTIC}, {@code FOREIGN}). */
    public Breakdown merchantsByOrigin() {
        return count(merchants.findAll().stream()
                .filter(MerchantSummary::isActive)
                .map(m -> m.origin() == null ? "" : m.origin().name())
                .toList());
    }

    /** Active merchants by country code. */
    public Breakdown merchantsByCountry() {
        return count(merchants.findAll().stream()
                .filter(MerchantSummary::isActive)
                .map(m -> m.countryCode() == null ? "" : m.countryCode())
                .toList());
    }

    /** Paid orders by track over the last twelve months up to yesterday. */
    public Breakdown tradesByTrack() {
        LocalDate today = today();
        String month = today.withDayOfMonth(1).toString();
        return Breakdown.counts(jdbc.query(
                "SELECT track, SUM(n) total FROM (SELECT track, SUM(orders) n FROM stat_trade_month"
                        + " WHERE month >= ? AND month < ? GROUP BY track UNION ALL SELECT COALESCE(track, ''), COUNT(*)"
                        + " FROM stat_order WHERE day >= ? AND day < ? GROUP BY track) t GROUP BY track"
                        + " ORDER BY total DESC, track",
                (rs, i) -> new Breakdown.Row(rs.getString(1), rs.getLong(2), null),
                YearMonth.from(today).minusMonths(11).atDay(1).toString(),
                month,
                month,
                today.toString()));
    }

    /** Paid orders by month, the last twelve months up to yesterday. */
    public Breakdown tradesByMonth() {
        LocalDate today = today();
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Map<String, Long> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            months.put(m.toString(), 0L);
        }
        String month = today.withDayOfMonth(1).toString();
        jdbc.query(
                "SELECT DATE_FORMAT(month, '%Y-%m'), SUM(orders) FROM stat_trade_month WHERE month >= ? AND month < ?"
                        + " GROUP BY 1 UNION ALL SELECT DATE_FORMAT(day, '%Y-%m'), COUNT(*) FROM stat_order"
                        + " WHERE day >= ? AND day < ? GROUP BY 1",
                rs -> {
                    months.merge(rs.getString(1), rs.getLong(2), Long::sum);
                },
                first.atDay(1).toString(),
                month,
                month,
                today.toString());
        List<Breakdown.Row> rows = new ArrayList<>();
        months.forEach((k, v) -> rows.add(new Breakdown.Row(k, v, null)));
        return Breakdown.counts(rows);
    }

    /** The figures are as of the end of this (Shanghai) day. */
    public LocalDate asOf() {
        return today().minusDays(1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Days.ZONE));
    }

    private static Breakdown count(List<String> keys) {
        Map<String, Long> counts = new TreeMap<>();
        keys.forEach(k -> counts.merge(k, 1L, Long::sum));
        List<Breakdown.Row> rows = new ArrayList<>();
        counts.forEach((k, v) -> rows.add(new Breakdown.Row(k, v, null)));
        rows.sort(Comparator.comparingLong(Breakdown.Row::count).reversed());
        return Breakdown.counts(rows);
    }
}
