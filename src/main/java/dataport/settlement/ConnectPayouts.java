package dataport.settlement;

import static dataport.settlement.AccountKind.MERCHANT_AVAILABLE;
import static dataport.settlement.AccountKind.MERCHANT_PAID_OUT;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.orders.OrderPayments;
import dataport.settlement.Ledger.Leg;
import dataport.settlement.Ledger.Refs;
import dataport.settlement.internal.connect.StripeConnect;
import dataport.settlement.internal.connect.StripeConnect.AccountState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payout rail 1, Stripe Connect, for merchants outside mainland China: separate charges and transfers. When an
 * order's share is released, a payout is opened (available → in transit) and a Transfer of that amount goes to the
 * merchant's connected account out of the order's charge; Stripe's answer marks the payout paid (its transfer id) or
 * failed (the money is available again). A merchant whose account cannot receive payouts keeps the share available
 * (a WAITING {@link ConnectShare}); when the account becomes able to, every waiting share is sent. A refund after the
 * transfer reverses that much of it, recorded with a ledger entry (paid out → available).
 *
 * <p>Each step is its own short transaction; Stripe is called between them, never inside one. A crash between opening
 * the payout and Stripe's answer leaves the share OPENED: {@link #retryUnconfirmed} sends it again with the same
 * idempotency key, which Stripe answers with the first transfer, never a second one.
 */
@Service
public class ConnectPayouts {

    private static final Logger log = LoggerFactory.getLogger(ConnectPayouts.class);

    private final ConnectedAccounts accounts;
    private final ConnectShares shares;
    private final ConnectReversals reversals;
    private final Payouts payouts;
    private final SettlementService settlement;
    private final Ledger ledger;
    private final MerchantService merchants;
    private final OrderPayments orderPayments;
    private final StripeConnect stripe;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final Duration retryAfter;

    ConnectPayouts(
            ConnectedAccounts accounts,
            ConnectShares shares,
            ConnectReversals reversals,
            Payouts payouts,
            SettlementService settlement,
            Ledger ledger,
            MerchantService merchants,
            OrderPayments orderPayments,
            StripeConnect stripe,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${dataport.settlement.connect.retry-after:PT2M}") Duration retryAfter) {
        this.accounts = accounts;
        this.shares = shares;
        this.reversals = reversals;
        this.payouts = payouts;
        this.settlement = settlement;
        this.ledger = ledger;
        this.merchants = merchants;
        this.orderPayments = orderPayments;
        this.stripe = stripe;
        this.events = events;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    // ------------------------------------------------------------------ release → transfer

    /** A released share of a Connect merchant is recorded, then sent if the account can receive payouts. */
    @ApplicationModuleListener
    void on(ShareReleased released) {
        Optional<MerchantSummary> merchant = merchants.find(released.merchantId());
        if (merchant.isEmpty()
                || PayoutRail.forCountry(merchant.get().countryCode()) != PayoutRail.STRIPE_CONNECT
                || released.amountMinor() <= 0) {
            return;
        }
        Long shareId = newTransaction.execute(tx -> shares.findByOrderId(released.orderId())
                .map(ConnectShare::getId)
                .orElseGet(() -> shares.saveAndFlush(new ConnectShare(
                                released.orderId(),
                                released.merchantId(),
                                released.currency(),
                                released.amountMinor(),
                                clock.instant()))
                        .getId()));
        send(shareId);
    }

    /** The account became able to receive payouts: every waiting share of the merchant is sent. */
    @ApplicationModuleListener
    void on(ConnectPayoutsEnabled enabled) {
        sweep(enabled.merchantId());
    }

    /** Sends every waiting share of the merchant, oldest first, as far as its available balance goes. */
    public int sweep(long merchantId) {
        int sent = 0;
        for (Long id : shares.findIdsOfMerchant(merchantId, ConnectShare.Status.WAITING)) {
            if (send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private record Opened(
            long shareId, long payoutId, long orderId, long amount, String currency, String destination) {}

    /** Opens the share's payout and transfers it; returns whether a transfer was confirmed. */
    boolean send(long shareId) {
        Opened opened = newTransaction.execute(tx -> {
            ConnectShare share = shares.findForUpdate(shareId).orElseThrow();
            if (share.getStatus() != ConnectShare.Status.WAITING) {
                return null;
            }
            Optional<ConnectedAccount> account = accounts.findByMerchantId(share.getMerchantId());
            if (account.isEmpty() || !account.get().isPayoutsEnabled()) {
                return null; // Stays available; sent when the account can receive payouts.
            }
            long available = settlement.available(share.getMerchantId(), share.getCurrency());
            long amount = Math.min(share.getAmountMinor(), available);
            if (amount <= 0) {
                return null;
            }
            long payoutId = payouts.open(
                    share.getMerchantId(),
                    share.getCurrency(),
                    amount,
                    PayoutRail.STRIPE_CONNECT,
                    share.getOrderId(),
                    null);
            share.opened(payoutId, amount, clock.instant());
            return new Opened(
                    shareId,
                    payoutId,
                    share.getOrderId(),
                    amount,
                    share.getCurrency(),
                    account.get().getStripeAccountId());
        });
        return opened != null && transfer(opened);
    }

    private boolean transfer(Opened o) {
        String transferId;
        try {
            String charge = orderPayments.chargeOf(o.orderId()).orElse(null);
            if (charge == null) {
                fail(o, "no_charge", "Stripe has no charge for order " + o.orderId() + " to transfer from");
                return false;
            }
            // A transaction of its own: the listener's transaction may have started before the payout was committed.
            long opened = newTransaction.execute(tx -> payouts.find(o.payoutId())
                    .map(p -> p.createdAt().getEpochSecond())
                    .orElseThrow());
            transferId = stripe.transfer(
                    o.payoutId(), opened, o.orderId(), o.amount(), o.currency(), o.destination(), charge);
        } catch (ApiConnectionException unreachable) {
            log.warn("Stripe not reached for payout {}: retried later", o.payoutId(), unreachable);
            return false;
        } catch (StripeException refused) {
            fail(
                    o,
                    refused.getCode() == null ? "stripe_error" : refused.getCode(),
                    refused.getStripeError() == null
                            ? refused.getMessage()
                            : refused.getStripeError().getMessage());
            return false;
        }
        newTransaction.executeWithoutResult(tx -> {
            payouts.markPaid(o.payoutId(), transferId);
            shares.findForUpdate(o.shareId()).orElseThrow().paid(transferId, clock.instant());
        });
        return true;
    }

    private void fail(Opened o, String code, String reason) {
        log.warn("Connect payout {} of order {} failed: {} {}", o.payoutId(), o.orderId(), code, reason);
        newTransaction.executeWithoutResult(tx -> {
            payouts.markFailed(o.payoutId(), code, reason);
            shares.findForUpdate(o.shareId()).orElseThrow().failed(code + ": " + reason, clock.instant());
        });
    }

    /**
     * Payouts opened but never confirmed (the process stopped between opening and Stripe's answer, or Stripe was not
     * reached): sent again with the same idempotency key.
     */
    @Scheduled(
            initialDelayString = "${dataport.settlement.connect.retry-initial-delay:PT1M}",
            fixedDelayString = "${dataport.settlement.connect.retry-every:PT1M}")
    @SchedulerLock(name = "settlement.connect-retry-unconfirmed", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void retryUnconfirmedOnce() {
        retryUnconfirmed();
    }

    /** Sends again every payout opened but not confirmed; returns how many were confirmed. */
    public int retryUnconfirmed() {
        int confirmed = 0;
        for (Long id : shares.findIdsStuckSince(
                ConnectShare.Status.OPENED, clock.instant().minus(retryAfter))) {
            Opened o = newTransaction.execute(tx -> {
                ConnectShare share = shares.findById(id).orElseThrow();
                ConnectedAccount account =
                        accounts.findByMerchantId(share.getMerchantId()).orElseThrow();
                return share.getStatus() != ConnectShare.Status.OPENED
                        ? null
                        : new Opened(
                                id,
                                share.getPayoutId(),
                                share.getOrderId(),
                                share.getAmountMinor(),
                                share.getCurrency(),
                                account.getStripeAccountId());
            });
            if (o != null && transfer(o)) {
                confirmed++;
            }
        }
        return confirmed;
    }

    // ------------------------------------------------------------------ refunds after release → reversal

    /**
     * A refund after release of a Connect order: a share still waiting sends that much less; a transferred one has
     * that much of its transfer reversed (one reversal per refund id), recorded with a ledger entry.
     */
    @ApplicationModuleListener
    void on(RefundRecorded refund) {
        if (!refund.afterRelease() || refund.merchantShareMinor() <= 0) {
            return;
        }
        Optional<ConnectShare> found = shares.findByOrderId(refund.orderId());
        if (found.isEmpty() || reversals.existsById(refund.refundId())) {
            return;
        }
        ConnectShare.Status status = newTransaction.execute(tx -> {
            ConnectShare share = shares.findForUpdateByOrderId(refund.orderId()).orElseThrow();
            if (share.getStatus() == ConnectShare.Status.WAITING) {
                share.lessToSend(refund.merchantShareMinor(), clock.instant());
            }
            return share.getStatus();
        });
        if (status == ConnectShare.Status.OPENED) {
            // The transfer is being confirmed: reverse once it is (the refund event is retried by the registry).
            throw new IllegalStateException("Order " + refund.orderId() + "'s transfer is not confirmed yet");
        }
        if (status == ConnectShare.Status.PAID) {
            reverse(refund);
        }
    }

    private void reverse(RefundRecorded refund) {
        ConnectShare share = shares.findByOrderId(refund.orderId()).orElseThrow();
        long amount = Math.min(refund.merchantShareMinor(), share.reversible());
        if (amount <= 0) {
            return;
        }
        String reversalId;
        try {
            reversalId = stripe.reverse(share.getTransferId(), amount, refund.refundId());
        } catch (StripeException e) {
            // Left to the event registry's resubmission; nothing was recorded.
            throw new IllegalStateException(
                    "Reversal of " + share.getTransferId() + " for refund " + refund.refundId() + " failed", e);
        }
        newTransaction.executeWithoutResult(tx -> {
            if (reversals.existsById(refund.refundId())) {
                return;
            }
            ConnectShare locked = shares.findForUpdate(share.getId()).orElseThrow();
            locked.reversed(amount, clock.instant());
            reversals.saveAndFlush(new ConnectReversal(
                    refund.refundId(),
                    refund.orderId(),
                    locked.getPayoutId(),
                    locked.getTransferId(),
                    reversalId,
                    locked.getCurrency(),
                    amount,
                    clock.instant()));
            ledger.post(
                    JournalEntry.Kind.TRANSFER_REVERSAL,
                    new Refs(refund.orderId(), locked.getPayoutId(), null, refund.refundId()),
                    locked.getCurrency(),
                    reversalId,
                    List.of(
                            Leg.debit(MERCHANT_PAID_OUT, locked.getMerchantId(), amount),
                            Leg.credit(MERCHANT_AVAILABLE, locked.getMerchantId(), amount)));
        });
    }

    // ------------------------------------------------------------------ connected accounts

    /**
     * Applies Stripe's state of a connected account (an {@code account.updated} event created at {@code stateAt},
     * epoch seconds, or a fresh read). Runs in the caller's transaction (the webhook's, which records the event id);
     * when payouts become enabled, {@link ConnectPayoutsEnabled} sends what waited after commit.
     */
    @Transactional
    public String accountUpdated(AccountState state, long stateAt) {
        Optional<ConnectedAccount> account = accounts.findByStripeAccountId(state.id());
        if (account.isEmpty()) {
            return "ignored: not a connected account of DataPort";
        }
        ConnectedAccount a = account.get();
        boolean enabled = a.applyStripeState(
                state.chargesEnabled(),
                state.payoutsEnabled(),
                state.detailsSubmitted(),
                state.currentlyDue(),
                state.disabledReason(),
                stateAt,
                clock.instant());
        if (enabled) {
            events.publishEvent(new ConnectPayoutsEnabled(a.getMerchantId()));
        }
        return "connected account " + state.id() + (state.payoutsEnabled() ? ": payouts enabled" : ": payouts off");
    }
}
