package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsAmountsExactlyInMinorUnits() {
        Money price = Money.of("1200.10", "CNY");

        assertThat(price.minorUnits()).isEqualTo(120010);
        assertThat(price.amount()).isEqualByComparingTo(new BigDecimal("1200.10"));
        assertThat(Money.of("0.30", "USD").minorUnits()).isEqualTo(30);
    }

    @Test
    void yenHaveNoMinorUnits() {
        assertThat(Money.of("98000", "JPY").minorUnits()).isEqualTo(98000);
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHasInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("10.005", "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD");
    }

    @Test
    void formatsForTheReadersLocale() {
        assertThat(Money.of("1200.00", "CNY").format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥1,200.00");
        assertThat(Money.of("49.90", "EUR").format(Locale.ENGLISH)).contains("49.90");
    }

    @Test
    void comparesOnlyWithinOneCurrency() {
        assertThat(Money.of("2.00", "USD")).isGreaterThan(Money.of("1.99", "USD"));
        assertThatThrownBy(() -> Money.of("2.00", "USD").compareTo(Money.of("1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
