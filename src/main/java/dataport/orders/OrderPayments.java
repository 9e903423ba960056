package dataport.orders;

import com.stripe.exception.StripeException;
import dataport.orders.internal.StripeGateway;
import dataport.orders.internal.StripeGateway.SessionState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies what Stripe says about payments to orders: webhook events (each event id exactly once, recorded with its
 * outcome in the transaction that changes the order), the buyer's return from the payment page, and reconciliation.
 * All three end in {@link #settle}, which is safe to repeat: a paid order stays paid, a cancelled one cancelled.
 * Not for views; the webhook endpoint and the jobs of this module call it.
 */
@Service
public class OrderPayments {

    private static final Logger log = LoggerFactory.getLogger(OrderPayments.class);

    private final Orders orders;
    private final OrderRefundRows refunds;
    private final StripeEvents stripeEvents;
    private final StripeGateway stripe;
    private final OrderMails mails;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderPayments(
            Orders orders,
            OrderRefundRows refunds,
            StripeEvents stripeEvents,
            StripeGateway stripe,
            OrderMails mails,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.orders = orders;
        this.refunds = refunds;
        this.stripeEvents = stripeEvents;
        this.stripe = stripe;
        this.mails = mails;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * The Stripe charge that paid a one-off order ({@code ch_…}: what a Connect transfer names as its
     * source_transaction), asked of Stripe from the order's PaymentIntent; empty for an unpaid order or a
     * subscription (paid by invoices). Not in a transaction: call it outside one.
     */
    public Optional<String> chargeOf(long orderId) throws StripeException {
        String ref = orders.findById(orderId).map(Order::getPaymentRef).orElse(null);
        if (ref == null || !ref.startsWith("pi_")) {
            return Optional.empty();
        }
        return Optional.ofNullable(stripe.latestCharge(ref));
    }

    /** What one handled event did. {@code duplicate}: seen before, nothing changed. */
    public record Outcome(boolean duplicate, Long orderId, String text) {}

    /**
     * Handles one verified event exactly once: the event's row is inserted first (a concurrent redelivery waits on
     * it and then fails as a duplicate), the change is applied, and both commit together.
     *
     * @param apply the event's effect, given the transaction; returns the order it touched and what it did
     */
    public Outcome once(String eventId, String type, Function<OrderPayments, Outcome> apply) {
        if (stripeEvents.existsById(eventId)) {
            return new Outcome(true, null, "duplicate");
        }
        try {
            return transactions.execute(tx -> {
                StripeEvent record = stripeEvents.saveAndFlush(new StripeEvent(eventId, type, clock.instant()));
                Outcome outcome = apply.apply(this);
                record.done(outcome.orderId(), outcome.text());
                return outcome;
            });
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            return new Outcome(true, null, "duplicate");
        }
    }

    /**
     * checkout.session.completed / expired. An event that is not plainly "complete and paid" or "expired" (an
     * asynchronous payment still pending, an object we could not read) is ambiguous: Stripe is asked again.
     */
    public Outcome sessionEvent(SessionState fromEvent) {
        Optional<Order> order = orderOf(fromEvent);
        if (order.isEmpty()) {
            return new Outcome(false, null, "no order for session " + fromEvent.id());
        }
        SessionState state = fromEvent;
        if (!state.paid() && !state.expired()) {
            state = reread(fromEvent.id()).orElse(fromEvent);
        }
        return new Outcome(false, order.get().getId(), settle(order.get(), state));
    }

    /** payment_intent.payment_failed: the session stays open for another try; the buyer is told. */
    public Outcome paymentFailed(Long orderId) {
        if (orderId == null) {
            return new Outcome(false, null, "no order");
        }
        Optional<Order> order = orders.findForUpdate(orderId);
        if (order.isEmpty()) {
            return new Outcome(false, orderId, "no order");
        }
        if (order.get().getStatus() != OrderStatus.PENDING_PAYMENT) {
            return new Outcome(
                    false, orderId, "ignored: order is " + order.get().getStatus());
        }
        mails.paymentFailed(order.get());
        return new Outcome(false, orderId, "payment failed, buyer told");
    }

    /** invoice.paid of a subscription: access runs to the end of the paid period. */
    public Outcome invoicePaid(String subscriptionId, Instant periodEnd) {
        return forSubscription(subscriptionId, order -> {
            if (periodEnd == null || order.getAccessUntil() == null) {
                return "ignored: no period";
            }
            order.renewUntil(periodEnd);
            return "access until " + order.getAccessUntil();
        });
    }

    /** invoice.payment_failed of a renewal: the buyer is told; access ends with the paid period unless they fix it. */
    public Outcome invoiceFailed(String subscriptionId) {
        return forSubscription(subscriptionId, order -> {
            mails.renewalFailed(order);
            return "renewal failed, buyer told";
        });
    }

    /** customer.subscription.deleted: access ends, {@link AccessEnded} tells delivery. */
    public Outcome subscriptionEnded(String subscriptionId, Instant endedAt) {
        return forSubscription(subscriptionId, order -> {
            Instant end = endedAt == null ? clock.instant() : endedAt;
            order.endAccess(end);
            events.publishEvent(new AccessEnded(order.getId(), order.getAccessUntil()));
            return "access ended " + order.getAccessUntil();
        });
    }

    private Outcome forSubscription(String subscriptionId, Function<Order, String> change) {
        if (subscriptionId == null) {
            return new Outcome(false, null, "no subscription");
        }
        List<Order> found = orders.findByStripeSubscriptionId(subscriptionId);
        if (found.isEmpty()) {
            return new Outcome(false, null, "no order for subscription " + subscriptionId);
        }
        Order order = orders.findForUpdate(found.getFirst().getId()).orElseThrow();
        return new Outcome(false, order.getId(), change.apply(order));
    }

    private Optional<Order> orderOf(SessionState session) {
        Optional<Order> bySession = orders.findByStripeSessionId(session.id());
        Long id = bySession.map(Order::getId).orElse(session.orderId());
        return id == null ? Optional.empty() : orders.findForUpdate(id);
    }

    private Optional<SessionState> reread(String sessionId) {
        try {
            return Optional.of(stripe.retrieveSession(sessionId));
        } catch (StripeException e) {
            log.warn("Could not re-read checkout session {}: {}", sessionId, e.getMessage());
            return Optional.empty();
        }
    }

    /** The one place a payment's state becomes the order's. Safe to call again with the same or older news. */
    String settle(Order order, SessionState session) {
        if (order.getStripeSessionId() != null && !order.getStripeSessionId().equals(session.id())) {
            return "ignored: not the order's session";
        }
        if (session.paid()) {
            if (order.getStatus() == OrderStatus.PENDING_PAYMENT) {
                if (order.getStripeSessionId() == null) {
                    order.attachCheckoutSession(session.id(), session.url());
                }
                order.markPaid(session.paymentRef(), session.subscriptionId(), clock.instant());
                mails.paid(order);
                events.publishEvent(new OrderPaid(order.getId(), order.getDestinationCountry()));
                return "paid";
            }
            if (order.getStatus() == OrderStatus.CANCELLED) {
                // Cannot happen with Stripe (an expired session cannot be paid); if it does, a person must refund.
                log.error(
                        "Order {} was cancelled but its session {} is paid: refund by hand",
                        order.getNumber(),
                        session.id());
                return "paid after cancel: refund by hand";
            }
            return "already " + order.getStatus();
        }
        if (session.expired()) {
            if (order.getStatus() == OrderStatus.PENDING_PAYMENT) {
                order.cancel(clock.instant());
                return "cancelled";
            }
            return "ignored: order is " + order.getStatus();
        }
        return "still open (" + session.status() + "/" + session.paymentStatus() + ")";
    }

    /**
     * Asks Stripe about one unpaid order and settles it; past the payment window, an open session is expired first
     * (so it can no longer be paid) and the order cancelled. Safe at any time and any number of times.
     *
     * @param giveUpWhenOverdue false for the buyer's return page: it never cancels
     * @return what happened, or "unreachable" when Stripe could not be asked (try again later)
     */
    String settleFromStripe(long orderId, boolean giveUpWhenOverdue) {
        Order seen = orders.findById(orderId).orElse(null);
        if (seen == null || seen.getStatus() != OrderStatus.PENDING_PAYMENT) {
            return "nothing to do";
        }
        boolean overdue = giveUpWhenOverdue && seen.paymentWindowOver(clock.instant());
        SessionState session = null;
        if (seen.getStripeSessionId() != null) {
            try {
                session = stripe.retrieveSession(seen.getStripeSessionId());
                if (overdue && session.open()) {
                    session = stripe.expireSession(session.id(), orderId);
                }
            } catch (StripeException e) {
                return "unreachable: " + e.getMessage();
            }
        }
        SessionState known = session;
        return transactions.execute(tx -> {
            Order order = orders.findForUpdate(orderId).orElseThrow();
            if (known != null) {
                return settle(order, known);
            }
            if (overdue && order.getStatus() == OrderStatus.PENDING_PAYMENT) {
                order.cancel(clock.instant());
                return "cancelled: never reached payment";
            }
            return "no session yet";
        });
    }

    /**
     * refund.created / charge.refunded: one Stripe refund of an order, recorded once (the refund made from DataPort
     * was usually recorded already from the API's answer, so this changes nothing then).
     */
    public Outcome refundReported(
            Long orderId, String paymentIntent, String refundId, long amountMinor, String status) {
        Optional<Order> order = orderOf(orderId, paymentIntent);
        if (order.isEmpty()) {
            return new Outcome(false, null, "no order for refund " + refundId);
        }
        if (status != null && !"succeeded".equals(status) && !"pending".equals(status)) {
            return new Outcome(false, order.get().getId(), "ignored: refund " + status);
        }
        return new Outcome(false, order.get().getId(), recordRefund(order.get(), refundId, amountMinor));
    }

    /** charge.dispute.created: settlement freezes the merchant's share ({@link ChargeDisputed}). */
    public Outcome disputeReported(Long orderId, String paymentIntent, String disputeId, String reason) {
        Optional<Order> order = orderOf(orderId, paymentIntent);
        if (order.isEmpty()) {
            return new Outcome(false, null, "no order for dispute " + disputeId);
        }
        events.publishEvent(new ChargeDisputed(order.get().getId(), disputeId, reason == null ? "chargeback" : reason));
        return new Outcome(false, order.get().getId(), "dispute " + disputeId + " opened");
    }

    /** charge.dispute.closed: won or lost ({@link ChargeDisputeClosed}); a lost dispute's money went back to the buyer. */
    public Outcome disputeClosed(
            Long orderId, String paymentIntent, String disputeId, long amountMinor, String status) {
        Optional<Order> order = orderOf(orderId, paymentIntent);
        if (order.isEmpty()) {
            return new Outcome(false, null, "no order for dispute " + disputeId);
        }
        boolean won = "won".equals(status) || "warning_closed".equals(status);
        events.publishEvent(new ChargeDisputeClosed(order.get().getId(), disputeId, amountMinor, won));
        return new Outcome(false, order.get().getId(), "dispute " + disputeId + (won ? " won" : " lost"));
    }

    private Optional<Order> orderOf(Long orderId, String paymentIntent) {
        if (orderId != null) {
            return orders.findForUpdate(orderId);
        }
        if (paymentIntent == null) {
            return Optional.empty();
        }
        return orders.findByPaymentRef(paymentIntent).stream()
                .findFirst()
                .flatMap(o -> orders.findForUpdate(o.getId()));
    }

    /**
     * Records one Stripe refund of a locked order, once per refund id; publishes {@link OrderRefunded} (settlement
     * posts the ledger entry in this transaction); a fully refunded order becomes REFUNDED.
     */
    String recordRefund(Order order, String refundId, long amountMinor) {
        if (refunds.existsByStripeRefundId(refundId)) {
            return "refund " + refundId + " already recorded";
        }
        long before = refunds.refundedOf(order.getId());
        if (amountMinor <= 0 || before + amountMinor > order.getTotalMinor()) {
            log.error("Refund {} of {} for order {} exceeds what was paid", refundId, amountMinor, order.getNumber());
            return "refund " + refundId + " exceeds the order's total: check by hand";
        }
        refunds.saveAndFlush(
                new OrderRefund(order.getId(), refundId, order.getCurrency(), amountMinor, clock.instant()));
        boolean full = before + amountMinor == order.getTotalMinor();
        if (full && order.getStatus() != OrderStatus.REFUNDED) {
            order.markRefunded(clock.instant());
        }
        events.publishEvent(new OrderRefunded(order.getId(), refundId, order.getCurrency(), amountMinor, full));
        return "refund " + refundId + " of " + amountMinor + (full ? " (full)" : "");
    }

    /** What can still be refunded of the order. */
    long refundable(Order order) {
        return order.getTotalMinor() - refunds.refundedOf(order.getId());
    }

    /** Unpaid orders older than {@code minAge}, oldest first, for reconciliation. */
    List<Long> pendingOlderThan(java.time.Duration minAge, int limit) {
        return orders.findPendingCreatedBefore(clock.instant().minus(minAge), PageRequest.of(0, limit));
    }
}
