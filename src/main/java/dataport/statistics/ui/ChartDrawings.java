package dataport.statistics.ui;

import dataport.statistics.DashboardFilter;
import dataport.statistics.FigureCache;
import dataport.statistics.StatisticsGeneration;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Figures already queried and drawn (both SVG widths and the table), until the statistics change (the next roll-up or
 * paid order, {@link StatisticsGeneration}). Dashboard figures are kept per figure, filter and language, so a second
 * reader skips the queries too; figures whose data does not wait for a roll-up (merchants registered, listings
 * published, a merchant's analytics after its own cached report) are kept by their content, so only the drawing is
 * saved. At most 400 entries (each two SVGs of a few kB to a few tens of kB).
 */
@Component
public class ChartDrawings {

    static final int CAPACITY = 400;

    private final FigureCache<Object, ChartCard.Drawn> cache;

    public ChartDrawings(StatisticsGeneration generation) {
        this.cache = new FigureCache<>(generation, CAPACITY);
    }

    /** A dashboard figure for {@code filter} in {@code locale}, queried and drawn by {@code figure} when not kept. */
    ChartCard.Drawn dashboard(
            String id, DashboardFilter filter, Locale locale, String tableBelow, Supplier<ChartCard.Figure> figure) {
        return cache.get(
                new DashboardKey(id, filter, locale, tableBelow), () -> ChartCard.Drawn.of(figure.get(), tableBelow));
    }

    /** A figure whose rows are already at hand: drawn once per content. */
    ChartCard.Drawn drawn(ChartCard.Figure figure, String tableBelow) {
        return cache.get(new ContentKey(figure, tableBelow), () -> ChartCard.Drawn.of(figure, tableBelow));
    }

    int size() {
        return cache.size();
    }

    private record DashboardKey(String id, DashboardFilter filter, Locale locale, String tableBelow) {}

    private record ContentKey(ChartCard.Figure figure, String tableBelow) {}
}
