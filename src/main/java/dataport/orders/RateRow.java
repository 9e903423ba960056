package dataport.orders;

import java.math.BigDecimal;
import java.time.Instant;

/** One indicative exchange rate as the admin page lists it. */
public record RateRow(String currency, BigDecimal usdPerUnit, Instant updatedAt, String updatedBy) {}
