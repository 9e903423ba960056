package dataport.orders;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles orders stuck in PENDING_PAYMENT by asking Stripe (a webhook lost, the app down when it came): paid ones
 * become PAID, abandoned ones past the payment window are expired at Stripe and CANCELLED. Each order is settled
 * under its row lock through the same code as the webhook, so running this at any time, any number of times, or
 * alongside a late webhook changes nothing twice.
 */
@Component
public class OrderReconciliation {

    private static final Logger log = LoggerFactory.getLogger(OrderReconciliation.class);

    private final OrderPayments payments;
    private final Duration minAge;

    OrderReconciliation(OrderPayments payments, @Value("${dataport.orders.reconcile-min-age:PT2M}") Duration minAge) {
        this.payments = payments;
        this.minAge = minAge;
    }

    @Scheduled(
            initialDelayString = "${dataport.orders.reconcile-initial-delay:PT1M}",
            fixedDelayString = "${dataport.orders.reconcile-every:PT2M}")
    @SchedulerLock(name = "orders.reconcile", lockAtMostFor = "PT15M", lockAtLeastFor = "PT10S")
    void scheduled() {
        Map<String, Integer> outcomes = reconcile(minAge);
        if (!outcomes.isEmpty()) {
            log.info("Reconciliation: {}", outcomes);
        }
    }

    /** Settles unpaid orders older than {@code olderThan}; returns how many ended how. */
    public Map<String, Integer> reconcile(Duration olderThan) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Long id : payments.pendingOlderThan(olderThan, 500)) {
            String outcome;
            try {
                outcome = payments.settleFromStripe(id, true);
            } catch (RuntimeException e) {
                log.warn("Reconciliation of order {} failed: {}", id, e.toString());
                outcome = "failed";
            }
            outcomes.merge(outcome.startsWith("unreachable") ? "unreachable" : outcome, 1, Integer::sum);
        }
        return outcomes;
    }
}
