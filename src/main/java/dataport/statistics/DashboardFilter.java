package dataport.statistics;

import dataport.merchants.Origin;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the staff dashboard shows: months {@code from} to {@code to} (inclusive, Shanghai days), optionally one track
 * and one merchant origin. Kept in the page's URL as {@code from}, {@code to}, {@code track}, {@code origin}.
 */
public record DashboardFilter(YearMonth from, YearMonth to, String track, Origin origin) {

    public DashboardFilter {
        if (to.isBefore(from)) {
            YearMonth swap = from;
            from = to;
            to = swap;
        }
        track = track == null || track.isBlank() ? null : track;
    }

    /** The last twelve months up to {@code today}'s month. */
    public static DashboardFilter lastYear(LocalDate today) {
        YearMonth now = YearMonth.from(today);
        return new DashboardFilter(now.minusMonths(11), now, null, null);
    }

    /** Reads the URL's parameters; anything unreadable falls back to the default. */
    public static DashboardFilter fromParameters(Map<String, List<String>> parameters, LocalDate today) {
        DashboardFilter fallback = lastYear(today);
        YearMonth from = month(first(parameters, "from"), fallback.from());
        YearMonth to = month(first(parameters, "to"), fallback.to());
        Origin origin = null;
        String o = first(parameters, "origin");
        if (o != null) {
            try {
                origin = Origin.valueOf(o);
            } catch (IllegalArgumentException e) {
                origin = null;
            }
        }
        String track = first(parameters, "track");
        if (track != null && !track.matches("[A-Za-z0-9_.-]{1,64}")) {
            track = null;
        }
        return new DashboardFilter(from, to, track, origin);
    }

    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("from", List.of(from.toString()));
        p.put("to", List.of(to.toString()));
        if (track != null) {
            p.put("track", List.of(track));
        }
        if (origin != null) {
            p.put("origin", List.of(origin.name()));
        }
        return p;
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The day after the period. */
    public LocalDate endDay() {
        return to.plusMonths(1).atDay(1);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static YearMonth month(String raw, YearMonth fallback) {
        if (raw == null) {
            return fallback;
        }
        try {
            return YearMonth.parse(raw);
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
