package dataport.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.statistics.StatisticsGeneration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDrawingsTest {

    private final ChartDrawings drawings = new ChartDrawings(new StatisticsGeneration());

    private static ChartCard.Figure views(long... values) {
        List<String> days = java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> "2026-12-0" + (i + 1))
                .toList();
        List<Long> counts = java.util.Arrays.stream(values).boxed().toList();
        return new ChartCard.Figure(
                "periods",
                "By day",
                "Views per day.",
                List.of("Day", "Views"),
                days.stream().map(d -> List.of(d, "1")).toList(),
                days,
                counts,
                true);
    }

    @Test
    void aFigureWithTheSameContentIsDrawnOnceForBothWidths() {
        long before = SvgCharts.DRAWN.get();

        ChartCard.Drawn first = drawings.drawn(views(3, 5), "The table below gives the figures.");
        ChartCard.Drawn again = drawings.drawn(views(3, 5), "The table below gives the figures.");

        assertThat(SvgCharts.DRAWN.get() - before)
                .as("the wide and the narrow drawing, once")
                .isEqualTo(2);
        assertThat(again).isSameAs(first);
        assertThat(first.wide()).contains("viewBox='0.0 0.0 640.0");
        assertThat(first.narrow()).contains("viewBox='0.0 0.0 400.0");
    }

    @Test
    void otherFiguresOrAnotherLanguageAreDrawnAgain() {
        long before = SvgCharts.DRAWN.get();

        drawings.drawn(views(3, 5), "The table below gives the figures.");
        drawings.drawn(views(3, 6), "The table below gives the figures.");
        drawings.drawn(views(3, 5), "下表列出数据。");

        assertThat(SvgCharts.DRAWN.get() - before).isEqualTo(6);
    }
}
