package dataport.settlement;

import static dataport.settlement.AccountKind.BUYER_CLEARING;
import static dataport.settlement.AccountKind.MERCHANT_AVAILABLE;
import static dataport.settlement.AccountKind.MERCHANT_HELD;
import static dataport.settlement.AccountKind.MERCHANT_PENDING;
import static dataport.settlement.AccountKind.PLATFORM_FEES;
import static dataport.settlement.AccountKind.REFUNDS;
import static dataport.settlement.Ledger.PLATFORM;

import dataport.settlement.Ledger.Leg;
import dataport.settlement.Ledger.Refs;
import dataport.settlement.OrderSettlement.RefundSplit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money steps of an order, each a state change of its {@link OrderSettlement} (or {@link Dispute}) and one balanced
 * journal entry in the same transaction (the caller's, when there is one: the payment's, the acceptance's, the
 * refund's). No security checks here: the services and listeners that call it decide who may.
 */
@Component
class Settlements {

    /** The platform's calendar: a fee's effective date is a day in this zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final OrderSettlements settlements;
    private final Disputes disputes;
    private final PlatformFees fees;
    private final JournalEntries entries;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration hold;

    Settlements(
            OrderSettlements settlements,
            Disputes disputes,
            PlatformFees fees,
            JournalEntries entries,
            Ledger ledger,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${dataport.settlement.hold-days:7}") int holdDays) {
        this.settlements = settlements;
        this.disputes = disputes;
        this.fees = fees;
        this.entries = entries;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.hold = Duration.ofDays(holdDays);
    }

    Duration hold() {
        return hold;
    }

    /** The fee rule in force on the day of {@code at} (no row: no fee). */
    FeeRule feeRuleAt(String currency, Instant at) {
        return fees.findInForce(currency, at.atZone(ZONE).toLocalDate())
                .map(PlatformFee::rule)
                .orElse(new FeeRule(BigDecimal.ZERO, 0));
    }

    /**
     * A paid order: the fee is fixed now, the share held until acceptance or the hold's end; the charge entry moves
     * the total into buyer clearing, split between the platform's fees and the merchant's pending balance. Once per
     * order (again: nothing happens).
     */
    @Transactional
    void charge(long orderId, long merchantId, String currency, long total, Instant paidAt) {
        if (settlements.existsById(orderId) || total <= 0) {
            return;
        }
        long fee = feeRuleAt(currency, paidAt).feeOf(total);
        OrderSettlement s = settlements.saveAndFlush(
                new OrderSettlement(orderId, merchantId, currency, total, fee, paidAt, paidAt.plus(hold)));
        ledger.post(
                JournalEntry.Kind.CHARGE,
                Refs.order(orderId),
                currency,
                null,
                List.of(
                        Leg.debit(BUYER_CLEARING, PLATFORM, total),
                        Leg.credit(PLATFORM_FEES, PLATFORM, fee),
                        Leg.credit(MERCHANT_PENDING, merchantId, s.getShareMinor())));
    }

    /**
     * Releases a pending share to the merchant's available balance and publishes {@link ShareReleased}. A share held
     * by a dispute, already released or refunded is left alone. Returns whether it released.
     */
    @Transactional
    boolean release(long orderId) {
        Optional<OrderSettlement> found = settlements.findForUpdate(orderId);
        if (found.isEmpty() || found.get().getState() != SettlementState.PENDING) {
            return false;
        }
        return releaseFrom(found.get(), MERCHANT_PENDING, null);
    }

    private boolean releaseFrom(OrderSettlement s, AccountKind from, Long disputeId) {
        long amount = s.release(clock.instant());
        ledger.post(
                from == MERCHANT_HELD ? JournalEntry.Kind.DISPUTE_RELEASE : JournalEntry.Kind.RELEASE,
                new Refs(s.getOrderId(), null, disputeId, null),
                s.getCurrency(),
                null,
                List.of(
                        Leg.debit(from, s.getMerchantId(), amount),
                        Leg.credit(MERCHANT_AVAILABLE, s.getMerchantId(), amount)));
        events.publishEvent(new ShareReleased(s.getOrderId(), s.getMerchantId(), s.getCurrency(), amount));
        return true;
    }

    /** Pending shares whose hold period is over, oldest first. */
    @Transactional(readOnly = true)
    List<Long> due(int limit) {
        return settlements.findDue(clock.instant(), PageRequest.of(0, limit));
    }

    /** Releases the share when its hold is over (checked again under the lock). */
    @Transactional
    boolean releaseIfDue(long orderId) {
        Optional<OrderSettlement> found = settlements.findForUpdate(orderId);
        if (found.isEmpty()
                || found.get().getState() != SettlementState.PENDING
                || found.get().getHoldUntil().isAfter(clock.instant())) {
            return false;
        }
        return releaseFrom(found.get(), MERCHANT_PENDING, null);
    }

    /**
     * Opens a dispute; a pending share is frozen (pending → held). A Stripe dispute already known is returned as it is
     * (a redelivered webhook changes nothing); a second buyer dispute while one is open is refused.
     */
    @Transactional
    long openDispute(long orderId, Dispute.Source source, String stripeDisputeId, String reason) {
        if (stripeDisputeId != null) {
            Optional<Dispute> known = disputes.findByStripeDisputeId(stripeDisputeId);
            if (known.isPresent()) {
                return known.get().getId();
            }
        }
        OrderSettlement s = settlements
                .findForUpdate(orderId)
                .orElseThrow(() -> new IllegalStateException("settlement.dispute.not-paid"));
        if (source == Dispute.Source.BUYER && disputes.findOpenOf(orderId).isPresent()) {
            throw new IllegalStateException("settlement.dispute.already-open");
        }
        if (s.getState() == SettlementState.REFUNDED) {
            throw new IllegalStateException("settlement.dispute.refunded");
        }
        Dispute dispute = disputes.saveAndFlush(new Dispute(orderId, source, stripeDisputeId, reason, clock.instant()));
        if (s.getState() == SettlementState.PENDING) {
            long amount = s.remainingShare();
            s.hold();
            ledger.post(
                    JournalEntry.Kind.DISPUTE_HOLD,
                    new Refs(orderId, null, dispute.getId(), null),
                    s.getCurrency(),
                    null,
                    List.of(
                            Leg.debit(MERCHANT_PENDING, s.getMerchantId(), amount),
                            Leg.credit(MERCHANT_HELD, s.getMerchantId(), amount)));
        }
        return dispute.getId();
    }

    /**
     * Staff (or Stripe's verdict) release the disputed share to the merchant: held → available once no other dispute
     * of the order is open.
     */
    @Transactional
    void decideRelease(long disputeId, String by, String note) {
        Dispute dispute =
                disputes.findById(disputeId).orElseThrow(() -> new IllegalArgumentException("No dispute " + disputeId));
        OrderSettlement s = settlements.findForUpdate(dispute.getOrderId()).orElseThrow();
        dispute.decide(Dispute.Status.RELEASED, by, note, clock.instant());
        disputes.flush();
        if (s.getState() == SettlementState.HELD
                && disputes.findOpenOf(s.getOrderId()).isEmpty()) {
            releaseFrom(s, MERCHANT_HELD, disputeId);
        }
    }

    /** Closes the dispute in the buyer's favour; the caller refunds what is left (through Stripe, or Stripe took it). */
    @Transactional
    void decideRefund(long disputeId, String by, String note) {
        Dispute dispute =
                disputes.findById(disputeId).orElseThrow(() -> new IllegalArgumentException("No dispute " + disputeId));
        dispute.decide(Dispute.Status.REFUNDED, by, note, clock.instant());
    }

    /**
     * Stripe closed its dispute: won → the dispute is released (held → available); lost → decided for the buyer and
     * the disputed amount (at most what is refundable) recorded as a refund under the dispute's id. Once: a dispute
     * already decided (by staff or an earlier delivery of the event) changes nothing.
     */
    @Transactional
    void stripeVerdict(long orderId, String stripeDisputeId, long amountMinor, boolean won) {
        Optional<Dispute> found = disputes.findByStripeDisputeId(stripeDisputeId);
        if (found.isEmpty() || found.get().getStatus() != Dispute.Status.OPEN) {
            return;
        }
        if (won) {
            decideRelease(found.get().getId(), "stripe", "won");
            return;
        }
        decideRefund(found.get().getId(), "stripe", "lost");
        OrderSettlement s = settlements.findForUpdate(orderId).orElseThrow();
        long amount = Math.min(amountMinor <= 0 ? s.refundable() : amountMinor, s.refundable());
        if (amount > 0) {
            recordRefund(orderId, stripeDisputeId, amount);
        }
    }

    /**
     * Records a refund already made (Stripe's refund id): the fee is reversed proportionally (see {@link FeeRule}),
     * the merchant's part comes from where the share stands (pending, held, or available after release); publishes
     * {@link RefundRecorded}. The same refund id again changes nothing. Returns the split, or empty for a repeat.
     */
    @Transactional
    Optional<RefundSplit> recordRefund(long orderId, String refundId, long amount) {
        OrderSettlement s = settlements
                .findForUpdate(orderId)
                .orElseThrow(() -> new IllegalStateException("settlement.refund.not-paid"));
        if (refundId != null && entries.existsByRefundRef(refundId)) {
            return Optional.empty();
        }
        AccountKind from = s.shareAccount();
        RefundSplit split = s.refund(amount);
        ledger.post(
                JournalEntry.Kind.REFUND,
                new Refs(orderId, null, null, refundId),
                s.getCurrency(),
                null,
                List.of(
                        Leg.debit(from, s.getMerchantId(), split.merchantShare()),
                        Leg.debit(PLATFORM_FEES, PLATFORM, split.feeReversed()),
                        Leg.credit(REFUNDS, PLATFORM, amount)));
        events.publishEvent(new RefundRecorded(
                orderId, refundId, s.getCurrency(), amount, split.merchantShare(), split.afterRelease(), split.full()));
        return Optional.of(split);
    }

    @Transactional(readOnly = true)
    Optional<SettlementView> view(long orderId) {
        return settlements.findById(orderId).map(OrderSettlement::view);
    }
}
