package dataport.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the platform fee table as the fee page shows it. */
public record FeeRow(
        long id,
        String currency,
        BigDecimal percent,
        long fixedMinor,
        LocalDate effectiveFrom,
        Instant createdAt,
        String createdBy) {}
