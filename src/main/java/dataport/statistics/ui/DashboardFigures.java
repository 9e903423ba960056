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

    /** Every figure of the dashboard for {@code filter}, in page order, each with its server time in ms. */
    List<ChartCard.Figure> all(DashboardFilter filter) {
        List<ChartCard.Figure> figures = new ArrayList<>();
        figures.add(currencies(filter));
        figures.add(trade("month", TradeDimension.MONTH, filter, k -> k, true));
        figures.add(trade("track", TradeDimension.TRACK, filter, labels::category, false));
        figures.add(trade("category", TradeDimension.CATEGORY, filter, labels::category, false));
        figures.add(trade("buyer-country", TradeDimension.BUYER_COUNTRY, filter, labels::country, false));
        figures.add(trade("origin", TradeDimension.ORIGIN, filter, labels::origin, false));
        figures.add(trade("country", TradeDimension.COUNTRY, filter, labels::country, false));
        figures.add(counts("merchants", statistics.merchantsOnboarded(filter)));
        figures.add(counts("listings", statistics.listingsPublished(filter)));
        figures.add(noResults(filter));
        for (CrossBorderChart chart : CrossBorderChart.values()) {
            figures.add(crossBorder(chart, filter));
        }
        return figures;
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
