package dataport.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An admin-kept, indicative rate: US dollars per one unit of a currency. Never used to charge anyone. */
@Entity
@Table(name = "exchange_rate")
class ExchangeRate {

    @Id
    private String currency;

    @Column(name = "usd_per_unit", nullable = false)
    private BigDecimal usdPerUnit;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected ExchangeRate() {}

    ExchangeRate(String currency, BigDecimal usdPerUnit, Instant now, String by) {
        this.currency = currency;
        change(usdPerUnit, now, by);
    }

    void change(BigDecimal usdPerUnit, Instant now, String by) {
        if (usdPerUnit == null || usdPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("A rate must be positive");
        }
        this.usdPerUnit = usdPerUnit;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    RateRow toRow() {
        return new RateRow(currency, usdPerUnit, updatedAt, updatedBy);
    }

    String getCurrency() {
        return currency;
    }

    BigDecimal getUsdPerUnit() {
        return usdPerUnit;
    }
}
