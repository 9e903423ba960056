package dataport.statistics;

/**
 * Paid orders in one currency: their number, their total in minor units, and that total in US cents at the
 * indicative rate (null when the currency has no rate).
 */
public record CurrencyTotal(String currency, long count, long totalMinor, Long usdCents) {}
