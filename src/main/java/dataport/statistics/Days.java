package dataport.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Statistics count by Asia/Shanghai calendar days (UTC+8 all year), whoever reads them; the pages say so. */
final class Days {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Days() {}

    static LocalDate of(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZONE).toLocalDate();
    }

    static long start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant().toEpochMilli();
    }

    static long end(LocalDate day) {
        return start(day.plusDays(1));
    }
}
