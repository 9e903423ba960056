package dataport.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

    private final StatisticsGeneration generation = new StatisticsGeneration();
    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String key) {
        computed.incrementAndGet();
        return key + "#" + generation.current();
    }

    @Test
    void theSameKeyIsComputedOnceUntilTheFiguresChange() {
        FigureCache<String, String> cache = new FigureCache<>(generation, 10);

        assertThat(cache.get("month", () -> compute("month"))).isEqualTo("month#0");
        assertThat(cache.get("month", () -> compute("month"))).isEqualTo("month#0");
        assertThat(cache.get("track", () -> compute("track"))).isEqualTo("track#0");
        assertThat(computed).hasValue(2);

        generation.changed();
        assertThat(cache.get("month", () -> compute("month"))).isEqualTo("month#1");
        assertThat(computed).hasValue(3);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void theLeastRecentlyUsedEntryLeavesWhenTheCacheIsFull() {
        FigureCache<Integer, String> cache = new FigureCache<>(generation, 2);
        cache.get(1, () -> compute("1"));
        cache.get(2, () -> compute("2"));
        cache.get(1, () -> compute("1"));
        cache.get(3, () -> compute("3"));

        assertThat(cache.size()).isEqualTo(2);
        cache.get(1, () -> compute("1"));
        assertThat(computed).as("1 was used last, 2 left").hasValue(3);
        cache.get(2, () -> compute("2"));
        assertThat(computed).hasValue(4);
    }

    @Test
    void aResultComputedWhileTheFiguresChangedIsNotKept() {
        FigureCache<String, String> cache = new FigureCache<>(generation, 10);

        String during = cache.get("month", () -> {
            generation.changed();
            return compute("month");
        });
        cache.get("month", () -> compute("month"));

        assertThat(during).isEqualTo("month#1");
        assertThat(computed).hasValue(2);
    }
}
