package dataport.statistics.ui;

import dataport.statistics.Breakdown;
import dataport.statistics.CurrencyTotal;
import dataport.statistics.DashboardFilter;
import dataport.statistics.StatisticsService;
import dataport.statistics.StatisticsService.CrossBorderChart;
import dataport.statistics.StatisticsService.CrossBorderCount;
import dataport.statistics.StatisticsService.QueryCount;
import dataport.statistics.TradeDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The staff dashboard's figures as tables and bars, in the reader's language: the page and the monthly workbook
 * show the same ones.
 */
final class DashboardFigures {

    private final StatisticsService statistics;
    private final Labels labels;

    DashboardFigures(StatisticsService statistics, Labels labels) {
        this.statistics = statistics;
        this.labels = labels;
    }

    /** One figure of the dashboard: its id, whether its data moves without a roll-up, and how to make it. */
    record Source(String id, boolean live, Supplier<ChartCard.Figure> figure) {}

    /** Every figure of the dashboard for {@code filter}, in page order. */
    List<ChartCard.Figure> all(DashboardFilter filter) {
        return sources(filter).stream().map(s -> s.figure().get()).toList();
    }

    /**
     * Every figure of the dashboard, queried and drawn, or as kept by {@code drawings} since the last roll-up (for
     * this filter and language). Merchants registered and listings published change without a roll-up: they are
     * queried each time, and only their drawing is kept.
     */
    List<ChartCard.Drawn> drawn(DashboardFilter filter, ChartDrawings drawings) {
        String tableBelow = labels.t("statistics.chart.table-below");
        List<ChartCard.Drawn> drawn = new ArrayList<>();
        for (Source s : sources(filter)) {
            drawn.add(
                    s.live()
                            ? drawings.drawn(s.figure().get(), tableBelow)
                            : drawings.dashboard(s.id(), filter, labels.locale(), tableBelow, s.figure()));
        }
        return drawn;
    }

    List<Source> sources(DashboardFilter filter) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("currency", false, () -> currencies(filter)));
        sources.add(new Source("month", false, () -> trade("month", TradeDimension.MONTH, filter, k -> k, true)));
        sources.add(new Source(
                "track", false, () -> trade("track", TradeDimension.TRACK, filter, labels::category, false)));
        sources.add(new Source(
                "category", false, () -> trade("category", TradeDimension.CATEGORY, filter, labels::category, false)));
        sources.add(new Source(
                "buyer-country",
                false,
                () -> trade("buyer-country", TradeDimension.BUYER_COUNTRY, filter, labels::country, false)));
        sources.add(new Source(
                "origin", false, () -> trade("origin", TradeDimension.ORIGIN, filter, labels::origin, false)));
        sources.add(new Source(
                "country", false, () -> trade("country", TradeDimension.COUNTRY, filter, labels::country, false)));
        sources.add(new Source("merchants", true, () -> counts("merchants", statistics.merchantsOnboarded(filter))));
        sources.add(new Source("listings", true, () -> counts("listings", statistics.listingsPublished(filter))));
        sources.add(new Source("no-results", false, () -> noResults(filter)));
        for (CrossBorderChart chart : CrossBorderChart.values()) {
            sources.add(new Source("cross-border-" + chart.name(), false, () -> crossBorder(chart, filter)));
        }
        return sources;
    }

    ChartCard.Figure currencies(DashboardFilter filter) {
        List<CurrencyTotal> totals = statistics.tradeByCurrency(filter);
        List<List<String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> usd = new ArrayList<>();
        for (CurrencyTotal t : totals) {
            rows.add(List.of(
                    t.currency(),
                    labels.number(t.count()),
                    labels.money(t.totalMinor(), t.currency()),
                    labels.usd(t.usdCents())));
            names.add(t.currency());
            usd.add(t.usdCents() == null ? 0 : t.usdCents() / 100);
        }
        if (!totals.isEmpty()) {
            rows.add(List.of(
                    labels.t("statistics.total"),
                    labels.number(
                            totals.stream().mapToLong(CurrencyTotal::count).sum()),
                    "",
                    labels.usd(statistics.usdTotalCents(totals))));
        }
        return new ChartCard.Figure(
                "currency",
                labels.t("statistics.currency.title"),
                labels.t("statistics.currency.description"),
                List.of(
                        labels.t("statistics.col.currency"),
                        labels.t("statistics.col.orders"),
                        labels.t("statistics.col.value"),
                        labels.t("statistics.col.usd")),
                rows,
                names,
                usd,
                false);
    }

    ChartCard.Figure trade(
            String id,
            TradeDimension dimension,
            DashboardFilter filter,
            Function<String, String> name,
            boolean overTime) {
        Breakdown b = statistics.tradeBy(dimension, filter);
        List<List<String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Breakdown.Row r : b.rows()) {
            String label = name.apply(r.key());
            rows.add(List.of(label, labels.number(r.count()), labels.usd(r.usdCents())));
            names.add(label);
            counts.add(r.count());
        }
        boolean nothing = b.totalCount() == 0;
        String description = labels.t("statistics.trade." + id + ".description");
        if (!b.unconverted().isEmpty()) {
            description += " " + labels.t("statistics.unconverted", String.join(", ", b.unconverted()));
        }
        return new ChartCard.Figure(
                "trade-" + id,
                labels.t("statistics.trade." + id + ".title"),
                description,
                List.of(
                        labels.t("statistics.col." + (overTime ? "month" : id)),
                        labels.t("statistics.col.orders"),
                        labels.t("statistics.col.usd")),
                nothing ? List.of() : rows,
                names,
                counts,
                overTime);
    }

    ChartCard.Figure counts(String id, Breakdown b) {
        List<List<String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Breakdown.Row r : b.rows()) {
            rows.add(List.of(r.key(), labels.number(r.count())));
            names.add(r.key());
            counts.add(r.count());
        }
        return new ChartCard.Figure(
                id,
                labels.t("statistics." + id + ".title"),
                labels.t("statistics." + id + ".description"),
                List.of(labels.t("statistics.col.month"), labels.t("statistics.col." + id)),
                b.totalCount() == 0 ? List.of() : rows,
                names,
                counts,
                true);
    }

    ChartCard.Figure noResults(DashboardFilter filter) {
        List<QueryCount> queries = statistics.searchesWithoutResults(filter, 20);
        List<List<String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (QueryCount q : queries) {
            rows.add(List.of(q.query(), labels.language(q.lang()), labels.number(q.count())));
            names.add(q.query());
            counts.add(q.count());
        }
        return new ChartCard.Figure(
                "no-results",
                labels.t("statistics.no-results.title"),
                labels.t("statistics.no-results.description"),
                List.of(
                        labels.t("statistics.col.query"),
                        labels.t("statistics.col.language"),
                        labels.t("statistics.col.searches")),
                rows,
                names,
                counts,
                false);
    }

    ChartCard.Figure crossBorder(CrossBorderChart chart, DashboardFilter filter) {
        List<CrossBorderCount> counts = statistics.crossBorder(chart, filter);
        String id = chart.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String firstKind = chart == CrossBorderChart.ASSESSMENT_TURNAROUND ? "band" : "classification";
        String secondKind = switch (chart) {
            case CLASSIFICATION_ROUTING -> "outcome";
            case ASSESSMENT_TURNAROUND -> "decision";
            case SPOT_CHECKS -> "finding";
        };
        List<List<String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (CrossBorderCount c : counts) {
            String first = labels.code(firstKind, c.first());
            String second = labels.code(secondKind, c.second());
            rows.add(List.of(first, second, labels.number(c.count())));
            names.add(first + " · " + second);
            values.add(c.count());
        }
        return new ChartCard.Figure(
                "cross-border-" + id,
                labels.t("statistics.cross-border." + id + ".title"),
                labels.t("statistics.cross-border." + id + ".description"),
                List.of(
                        labels.t("statistics.col." + firstKind),
                        labels.t("statistics.col." + secondKind),
                        labels.t("statistics.col.cross-border." + id)),
                rows,
                names,
                values,
                false);
    }
}
