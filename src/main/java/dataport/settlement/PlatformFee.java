package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * The platform fee of one currency from a date on: a percentage of the order total plus a fixed amount. Never changed
 * once written; a new rate is a new row with a later effective date.
 *
 * <p>Rounding rule: {@code fee = roundHalfUp(total × percent / 100) + fixed}, capped at the total (never negative).
 */
@Entity
@Immutable
@Table(name = "platform_fee")
class PlatformFee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 7, scale = 4)
    private BigDecimal percent;

    @Column(name = "fixed_minor", nullable = false)
    private long fixedMinor;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected PlatformFee() {}

    PlatformFee(String currency, BigDecimal percent, long fixedMinor, LocalDate from, Instant now, String by) {
        FeeRule.check(percent, fixedMinor);
        this.currency = currency;
        this.percent = percent.setScale(4, RoundingMode.UNNECESSARY);
        this.fixedMinor = fixedMinor;
        this.effectiveFrom = from;
        this.createdAt = now;
        this.createdBy = by;
    }

    FeeRule rule() {
        return new FeeRule(percent, fixedMinor);
    }

    FeeRow row() {
        return new FeeRow(id, currency, percent, fixedMinor, effectiveFrom, createdAt, createdBy);
    }

    LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }
}
