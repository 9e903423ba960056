package dataport.settlement;

import dataport.accounts.CurrentUser;
import dataport.audit.AuditService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform fee table kept by admins: percentage + fixed amount per currency from an effective date. A new rate is
 * a new row (the rows an order's fee was taken from never change); every change is in the audit trail.
 */
@Service
public class FeeService {

    private final PlatformFees fees;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    FeeService(PlatformFees fees, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.fees = fees;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every row, by currency, newest effective date first. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<FeeRow> list() {
        return fees.findAllOrdered().stream().map(PlatformFee::row).toList();
    }

    /**
     * Adds a rate from {@code effectiveFrom} on (today or later: fees already charged stay as they were). Refused with
     * a message key of the settlement bundle: {@code settlement.fees.currency-invalid}, {@code …percent-invalid},
     * {@code …fixed-invalid}, {@code …date-past}, {@code …date-taken}.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public FeeRow add(String currencyCode, BigDecimal percent, long fixedMinor, LocalDate effectiveFrom) {
        String code = currencyCode == null ? "" : currencyCode.strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("settlement.fees.currency-invalid");
        }
        FeeRule.check(percent, fixedMinor);
        LocalDate today = clock.instant().atZone(Settlements.ZONE).toLocalDate();
        if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
            throw new IllegalArgumentException("settlement.fees.date-past");
        }
        if (fees.existsByCurrencyAndEffectiveFrom(code, effectiveFrom)) {
            throw new IllegalArgumentException("settlement.fees.date-taken");
        }
        PlatformFee fee = fees.saveAndFlush(new PlatformFee(
                code,
                percent,
                fixedMinor,
                effectiveFrom,
                clock.instant(),
                currentUser.require().email()));
        audit.record(
                "platform-fee.added",
                "platform-fee",
                code,
                null,
                percent.stripTrailingZeros().toPlainString() + "% + " + fixedMinor + " from " + effectiveFrom);
        return fee.row();
    }
}
