package dataport.statistics.ui;

import dataport.statistics.Breakdown;

/** Lets the statistics benchmark time drawing a figure's chart the way the dashboard draws it. */
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
}
