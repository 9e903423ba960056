package dataport.search.internal;

import dataport.shared.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The fixed, indicative rate table in {@code search/exchange-rates.properties}. Only the index uses it, to put prices
 * in different currencies on one scale for price bands and price order; money itself stays exact in its currency.
 */
final class ExchangeRates {

    private static final Map<String, BigDecimal> USD_PER_UNIT = load();

    private ExchangeRates() {}

    /** The price in US cents at the table's rate, or null when the currency has no rate. */
    static Long usdMinor(Money price) {
        BigDecimal rate = USD_PER_UNIT.get(price.currency().getCurrencyCode());
        if (rate == null) {
            return null;
        }
        BigDecimal units = BigDecimal.valueOf(
                price.minorUnits(), Math.max(0, price.currency().getDefaultFractionDigits()));
        return units.multiply(rate)
                .movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static Map<String, BigDecimal> load() {
        Properties properties = new Properties();
        try (InputStream in = ExchangeRates.class.getResourceAsStream("/search/exchange-rates.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toUnmodifiableMap(
                        c -> c, c -> new BigDecimal(properties.getProperty(c).strip())));
    }
}
