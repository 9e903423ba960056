package dataport.settlement;

import static dataport.settlement.AccountKind.MERCHANT_AVAILABLE;
import static dataport.settlement.AccountKind.MERCHANT_IN_TRANSIT;
import static dataport.settlement.AccountKind.MERCHANT_PAID_OUT;

import dataport.settlement.Ledger.Leg;
import dataport.settlement.Ledger.Refs;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payouts on either rail: the rails (Stripe Connect, bank file) open them and report their outcome; each step is a
 * state change of the payout row and its balanced ledger entry in one transaction. Called by the rails' jobs,
 * listeners and staff services, which do their own security checks (a listener runs without a signed-in user).
 */
@Service
public class Payouts {

    /** Message key (settlement bundle) of the refusal to pay out more than is available. */
    public static final String MORE_THAN_AVAILABLE = "settlement.payout.more-than-available";

    private final PayoutRows payouts;
    private final Ledger ledger;
    private final Clock clock;

    Payouts(PayoutRows payouts, Ledger ledger, Clock clock) {
        this.payouts = payouts;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Moves amount from the merchant's AVAILABLE to IN_TRANSIT: a Payout row and its balanced ledger entry in one
     * transaction. orderId is set when the payout pays one order's share (Connect transfer at release), else null.
     * Refuses (IllegalStateException with a translatable message key, {@link #MORE_THAN_AVAILABLE}) more than is
     * available.
     */
    @Transactional
    public long open(long merchantId, String currency, long amountMinor, PayoutRail rail, Long orderId, Long batchId) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("A payout moves a positive amount, not " + amountMinor);
        }
        LedgerAccount available = ledger.lockedAccount(MERCHANT_AVAILABLE, merchantId, currency);
        if (available.shownBalance() < amountMinor) {
            throw new IllegalStateException(MORE_THAN_AVAILABLE);
        }
        Payout payout = payouts.saveAndFlush(
                new Payout(merchantId, currency, amountMinor, rail, orderId, batchId, clock.instant()));
        ledger.post(
                JournalEntry.Kind.PAYOUT,
                Refs.payout(payout.getId(), orderId),
                currency,
                rail.name(),
                List.of(
                        Leg.debit(MERCHANT_AVAILABLE, merchantId, amountMinor),
                        Leg.credit(MERCHANT_IN_TRANSIT, merchantId, amountMinor)));
        return payout.getId();
    }

    /** IN_TRANSIT → PAID with the rail's reference (transfer id, bank end-to-end id); idempotent. */
    @Transactional
    public void markPaid(long payoutId, String externalRef) {
        Payout payout = payouts.findForUpdate(payoutId)
                .orElseThrow(() -> new IllegalArgumentException("No payout " + payoutId));
        if (payout.markPaid(externalRef, clock.instant())) {
            ledger.post(
                    JournalEntry.Kind.PAYOUT_PAID,
                    Refs.payout(payoutId, payout.getOrderId()),
                    payout.getCurrency(),
                    externalRef,
                    List.of(
                            Leg.debit(MERCHANT_IN_TRANSIT, payout.getMerchantId(), payout.getAmountMinor()),
                            Leg.credit(MERCHANT_PAID_OUT, payout.getMerchantId(), payout.getAmountMinor())));
        }
    }

    /** IN_TRANSIT → FAILED; money back to AVAILABLE with a ledger entry; idempotent. */
    @Transactional
    public void markFailed(long payoutId, String failureCode, String failureReason) {
        Payout payout = payouts.findForUpdate(payoutId)
                .orElseThrow(() -> new IllegalArgumentException("No payout " + payoutId));
        if (payout.markFailed(failureCode, failureReason, clock.instant())) {
            ledger.post(
                    JournalEntry.Kind.PAYOUT_FAILED,
                    Refs.payout(payoutId, payout.getOrderId()),
                    payout.getCurrency(),
                    failureCode,
                    List.of(
                            Leg.debit(MERCHANT_IN_TRANSIT, payout.getMerchantId(), payout.getAmountMinor()),
                            Leg.credit(MERCHANT_AVAILABLE, payout.getMerchantId(), payout.getAmountMinor())));
        }
    }

    @Transactional(readOnly = true)
    public Optional<PayoutSummary> find(long payoutId) {
        return payouts.findById(payoutId).map(Payout::summary);
    }

    /** The merchant's payouts, newest first. */
    @Transactional(readOnly = true)
    public List<PayoutSummary> ofMerchant(long merchantId, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        return payouts.findOfMerchant(merchantId, PageRequest.of(Math.max(offset, 0) / size, size)).stream()
                .map(Payout::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long countOfMerchant(long merchantId) {
        return payouts.countByMerchantId(merchantId);
    }
}
