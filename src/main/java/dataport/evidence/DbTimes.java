package dataport.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A point in time as a TIMESTAMP(6) literal in UTC (every connection's session zone). Connector/J takes MariaDB for
 * MySQL 5.5 ("5.5.5-10.11…"), which had no fractional seconds, and drops the microseconds of a bound
 * {@link java.sql.Timestamp}; the records' times are hashed and signed, so they must read back exactly as written.
 */
final class DbTimes {

    private static final DateTimeFormatter LITERAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private DbTimes() {}

    static String literal(Instant instant) {
        return LITERAL.format(instant);
    }
}
