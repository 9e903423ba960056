package dataport.statistics;

import java.util.List;

/**
 * One chart's figures: rows of a key (a month, a track code, a country code...) with a count and an indicative USD
 * total in cents (null where money is not shown). The page translates the keys.
 *
 * @param unconverted currencies that had no exchange rate and are left out of the USD totals
 */
public record Breakdown(List<Row> rows, List<String> unconverted) {

    public record Row(String key, long count, Long usdCents) {}

    public static Breakdown counts(List<Row> rows) {
        return new Breakdown(rows, List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public long totalCount() {
        return rows.stream().mapToLong(Row::count).sum();
    }
}
