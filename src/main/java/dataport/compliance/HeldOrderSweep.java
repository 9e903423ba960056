package dataport.compliance;

import dataport.audit.AuditService;
import dataport.orders.OrderService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cancels orders held for cross-border review whose clearance will never come: the assessment was refused, the
 * approval expired before the buyer paid, or the buyer did not file (or answer staff's request for more) within
 * {@code dataport.compliance.hold-timeout} (14 days). Each order in its own transaction: cancelled, its people taken
 * off the exporter's totals, audited, mailed to the buyer and published ({@link HeldOrderCancelled}, which the
 * evidence chain records). An assessment waiting for staff is never cancelled: the wait is DataPort's.
 */
@Component
class HeldOrderSweep {

    private static final Logger log = LoggerFactory.getLogger(HeldOrderSweep.class);
    private static final int BATCH = 200;

    private final RoutedOrders routed;
    private final Assessments assessments;
    private final OrderService orders;
    private final ExporterYears years;
    private final AssessmentService notices;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration timeout;

    HeldOrderSweep(
            RoutedOrders routed,
            Assessments assessments,
            OrderService orders,
            ExporterYears years,
            AssessmentService notices,
            AuditService audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${dataport.compliance.hold-timeout:P14D}") Duration timeout) {
        this.routed = routed;
        this.assessments = assessments;
        this.orders = orders;
        this.years = years;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.timeout = timeout;
    }

    @Scheduled(
            initialDelayString = "${dataport.compliance.hold-sweep-first:PT3M}",
            fixedDelayString = "${dataport.compliance.hold-sweep-every:PT1H}")
    @SchedulerLock(name = "compliance.held-order-sweep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        int cancelled = sweep();
        if (cancelled > 0) {
            log.info("Cancelled {} held orders whose cross-border clearance will never come", cancelled);
        }
    }

    /** Cancels what is over now; returns how many orders were cancelled. */
    int sweep() {
        Instant now = clock.instant();
        int cancelled = 0;
        List<Long> stale;
        do {
            stale = transactions.execute(
                    tx -> routed.findStaleHolds(now.minus(timeout), now, PageRequest.of(0, BATCH)).stream()
                            .map(RoutedOrder::getOrderId)
                            .toList());
            for (long orderId : stale) {
                try {
                    if (Boolean.TRUE.equals(transactions.execute(tx -> settle(orderId, now)))) {
                        cancelled++;
                    }
                } catch (RuntimeException e) {
                    // One order must not stop the others; it is found again at the next run.
                    log.warn("Could not settle the hold of order {}", orderId, e);
                }
            }
        } while (stale.size() == BATCH);
        return cancelled;
    }

    /** Cancels one held order if its hold is still over; closes a hold that ended otherwise. */
    private boolean settle(long orderId, Instant now) {
        RoutedOrder r = routed.findById(orderId).orElseThrow();
        Optional<Assessment> a = assessments.findByOrderId(orderId);
        String reason = reason(r, a.orElse(null), now);
        if (reason == null || r.getHoldClosedAt() != null) {
            return false;
        }
        if (!orders.cancelIfStillHeld(orderId)) {
            r.closeHold(now);
            return false;
        }
        years.release(r);
        r.cancelHold(reason, now);
        audit.record(
                "held-order.cancelled",
                "order",
                String.valueOf(orderId),
                a.map(x -> x.getStatus().name()).orElse("NOT_FILED"),
                "CANCELLED: " + reason);
        notices.tellBuyer(orderId, r.getBuyerUserId(), "hold-cancelled." + reason, null);
        events.publishEvent(new HeldOrderCancelled(orderId, reason));
        return true;
    }

    /** Why the hold is over now, or null while it may still clear. */
    String reason(RoutedOrder r, Assessment a, Instant now) {
        Instant cutoff = now.minus(timeout);
        if (a == null) {
            return r.getRoutedAt().isAfter(cutoff) ? null : "not-filed";
        }
        return switch (a.getStatus()) {
            case REFUSED -> "refused";
            case APPROVED -> a.expired(now) ? "expired" : null;
            case MORE_REQUESTED -> a.getDecidedAt().isAfter(cutoff) ? null : "more-not-filed";
            case FILED -> null;
        };
    }
}
