package dataport.statistics.ui;

import com.vaadin.flow.component.html.Div;
import dataport.statistics.Breakdown;
import dataport.statistics.DashboardFilter;
import dataport.statistics.StatisticsService;
import dataport.statistics.StatisticsService.CrossBorderChart;
import java.util.List;
import java.util.Locale;

/** Lets the statistics benchmark time drawing figures the way the dashboard draws them. */
public final class BenchCharts {

    private BenchCharts() {}

    public static String draw(Breakdown b) {
        return SvgCharts.bars(
                "Benchmark",
                "Benchmark chart",
                b.rows().stream().map(Breakdown.Row::key).toList(),
                b.rows().stream().map(Breakdown.Row::count).toList(),
                b.rows().size() <= 12,
                "Count");
    }

    /** One cross-border figure as the dashboard builds it: query, table rows, SVG. */
    public static int crossBorder(StatisticsService statistics, CrossBorderChart chart, DashboardFilter filter) {
        return svg(figures(statistics).crossBorder(chart, filter));
    }

    /** Every figure of the dashboard as the page builds them (query, table rows, SVG); returns the SVG length. */
    public static int dashboard(StatisticsService statistics, DashboardFilter filter) {
        int length = 0;
        for (ChartCard.Figure f : figures(statistics).all(filter)) {
            length += svg(f);
        }
        return length;
    }

    /** Both drawings the page makes (desktop and phone width). */
    private static int svg(ChartCard.Figure f) {
        if (f.labels().isEmpty()) {
            return 0;
        }
        int length = 0;
        for (int width : new int[] {SvgCharts.WIDTH, SvgCharts.NARROW}) {
            length += SvgCharts.bars(
                            f.title(),
                            f.description(),
                            f.labels(),
                            f.values(),
                            f.overTime(),
                            f.headers().get(1),
                            width)
                    .length();
        }
        return length;
    }

    /** Translation keys stand in for the texts (no UI in the benchmark); the work is the same. */
    private static DashboardFigures figures(StatisticsService statistics) {
        Div page = new Div() {
            @Override
            public String getTranslation(String key, Object... params) {
                return key;
            }
        };
        return new DashboardFigures(statistics, new Labels(page, Locale.ENGLISH, List.of()));
    }

    /** The whole dashboard as the page now builds it: figures kept by {@code drawings} until the next roll-up. */
    public static int dashboard(StatisticsService statistics, DashboardFilter filter, ChartDrawings drawings) {
        int length = 0;
        for (ChartCard.Drawn d : figures(statistics).drawn(filter, drawings)) {
            length += d.wide() == null ? 0 : d.wide().length() + d.narrow().length();
        }
        return length;
    }

    /** A merchant's analytics charts as the page draws them (periods, listings, queries), through {@code drawings}. */
    public static int analytics(dataport.statistics.MerchantAnalytics.Report r, ChartDrawings drawings) {
        var periods = new ChartCard.Figure(
                "periods",
                "Periods",
                "Views per period",
                List.of("Period", "Views"),
                r.periods().stream()
                        .map(f -> List.of(f.period(), Long.toString(f.views())))
                        .toList(),
                r.periods().stream()
                        .map(dataport.statistics.MerchantAnalytics.Figures::period)
                        .toList(),
                r.periods().stream()
                        .map(dataport.statistics.MerchantAnalytics.Figures::views)
                        .toList(),
                true);
        var listings = new ChartCard.Figure(
                "listings",
                "Listings",
                "Views per listing",
                List.of("Listing", "Views"),
                r.listings().stream()
                        .map(l -> List.of(
                                l.title().en(), Long.toString(l.figures().views())))
                        .toList(),
                r.listings().stream().map(l -> l.title().en()).toList(),
                r.listings().stream().map(l -> l.figures().views()).toList(),
                false);
        var queries = new ChartCard.Figure(
                "queries",
                "Queries",
                "Clicks per query",
                List.of("Query", "Clicks"),
                r.queries().stream()
                        .map(q -> List.of(q.query(), Long.toString(q.clicks())))
                        .toList(),
                r.queries().stream()
                        .map(dataport.statistics.MerchantAnalytics.QueryClicks::query)
                        .toList(),
                r.queries().stream()
                        .map(dataport.statistics.MerchantAnalytics.QueryClicks::clicks)
                        .toList(),
                false);
        int length = 0;
        for (ChartCard.Figure f : List.of(periods, listings, queries)) {
            ChartCard.Drawn d = drawings.drawn(f, "The table below gives the figures.");
            length += d.wide() == null ? 0 : d.wide().length();
        }
        return length;
    }
}
