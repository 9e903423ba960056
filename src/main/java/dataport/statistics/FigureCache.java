package dataport.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figures already computed (and drawn), kept until the statistics change ({@link StatisticsGeneration}): the first
 * reader after a roll-up pays for the queries and the drawing, the next ones with the same key get the same result.
 * At most {@code capacity} entries, the least recently used leaves first. A result computed while the figures
 * changed is returned but not kept, so a cache never holds figures older than its generation.
 */
public final class FigureCache<K, V> {

    private final StatisticsGeneration generation;
    private final Map<K, V> entries;
    private long keptFor;

    public FigureCache(StatisticsGeneration generation, int capacity) {
        this.generation = generation;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
        this.keptFor = generation.current();
    }

    /** The value kept for {@code key} in the current generation, or {@code compute}'s (kept if nothing changed). */
    public V get(K key, Supplier<V> compute) {
        long before = generation.current();
        synchronized (this) {
            if (keptFor != before) {
                entries.clear();
                keptFor = before;
            }
            V kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V value = compute.get();
        synchronized (this) {
            if (keptFor == before && generation.current() == before) {
                entries.put(key, value);
            }
        }
        return value;
    }

    public synchronized int size() {
        return entries.size();
    }
}
