package dataport.orders;

import dataport.accounts.CurrentUser;
import dataport.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicative exchange rates kept by admins, so a buyer sees roughly what a price is in their own currency. Only ever
 * shown as "indicative": every charge is in the listing's own currency.
 */
@Service
public class IndicativeRates {

    private final ExchangeRates rates;
    private final CurrentUser currentUser;
    private final Clock clock;

    IndicativeRates(ExchangeRates rates, CurrentUser currentUser, Clock clock) {
        this.rates = rates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** {@code amount} in {@code target}, rounded to the target's decimals; empty when a rate is missing. */
    @Transactional(readOnly = true)
    public Optional<Money> convert(Money amount, Currency target) {
        if (amount.currency().equals(target)) {
            return Optional.of(amount);
        }
        Optional<ExchangeRate> from = rates.findById(amount.currency().getCurrencyCode());
        Optional<ExchangeRate> to = rates.findById(target.getCurrencyCode());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal converted = amount.amount()
                .multiply(from.get().getUsdPerUnit())
                .divide(to.get().getUsdPerUnit(), MathContext.DECIMAL64)
                .setScale(Math.max(target.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
        return Optional.of(Money.of(converted, target));
    }

    /** The currencies a buyer may see prices converted into. */
    @Transactional(readOnly = true)
    public List<String> currencies() {
        return rates.findAllByOrderByCurrency().stream()
                .map(ExchangeRate::getCurrency)
                .toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<RateRow> list() {
        return rates.findAllByOrderByCurrency().stream()
                .map(ExchangeRate::toRow)
                .toList();
    }

    /** Sets (or adds) a rate: US dollars per one unit of {@code currencyCode}. */
    @RolesAllowed("ADMIN")
    @Transactional
    public RateRow set(String currencyCode, BigDecimal usdPerUnit) {
        Currency currency = Currency.getInstance(currencyCode.strip().toUpperCase(java.util.Locale.ROOT));
        String by = currentUser.require().email();
        ExchangeRate rate = rates.findById(currency.getCurrencyCode())
                .map(r -> {
                    r.change(usdPerUnit, clock.instant(), by);
                    return r;
                })
                .orElseGet(() -> new ExchangeRate(currency.getCurrencyCode(), usdPerUnit, clock.instant(), by));
        return rates.save(rate).toRow();
    }
}
