package dataport.settlement;

import dataport.orders.OrderReference;
import dataport.orders.OrderReferences;
import dataport.orders.PaymentRecords;
import dataport.orders.PaymentRecords.ProviderTransaction;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's reconciliation of one month (Asia/Shanghai): the ledger's charges and refunds against Stripe's balance
 * transactions (matched by PaymentIntent and refund id), Connect payouts against Stripe's transfers, and every payout
 * row (both rails; bank payouts are what the pain.002 reports settle) against its own ledger entries.
 */
@Service
@RolesAllowed("ADMIN")
public class Reconciliation {

    /** Stripe transactions read per run at most (the page says so when a month has more). */
    static final int STRIPE_MAX = 5_000;

    private static final Duration MARGIN = Duration.ofDays(1);
    private static final ZoneId ZONE = MerchantFinance.STATEMENT_ZONE;

    private final FinanceQueries queries;
    private final OrderReferences orders;
    private final PaymentRecords stripe;
    private final Clock clock;

    Reconciliation(FinanceQueries queries, OrderReferences orders, PaymentRecords stripe, Clock clock) {
        this.queries = queries;
        this.orders = orders;
        this.stripe = stripe;
        this.clock = clock;
    }

    /** This month and the eleven before it, newest first. */
    public List<YearMonth> months() {
        YearMonth now = YearMonth.now(clock.withZone(ZONE));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    @Transactional(readOnly = true)
    public ReconciliationReport run(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        List<FinanceQueries.ChargeRow> chargeRows = queries.chargesBetween(from, to);
        List<FinanceQueries.RefundRow> refundRows = queries.refundsBetween(from, to);
        Set<Long> orderIds = new HashSet<>();
        chargeRows.forEach(c -> orderIds.add(c.orderId()));
        refundRows.forEach(r -> orderIds.add(r.orderId()));
        Map<Long, OrderReference> refs = orders.of(orderIds);
        List<ReconciliationMatcher.Charge> charges = chargeRows.stream()
                .map(c -> {
                    OrderReference ref = refs.get(c.orderId());
                    return new ReconciliationMatcher.Charge(
                            c.orderId(),
                            ref == null ? null : ref.number(),
                            ref == null ? null : ref.paymentRef(),
                            c.currency(),
                            c.amountMinor(),
                            c.at());
                })
                .toList();
        List<ReconciliationMatcher.Refund> refunds = refundRows.stream()
                .map(r -> {
                    OrderReference ref = refs.get(r.orderId());
                    return new ReconciliationMatcher.Refund(
                            r.orderId(),
                            ref == null ? null : ref.number(),
                            r.reference(),
                            r.currency(),
                            r.amountMinor(),
                            r.at());
                })
                .toList();
        List<PayoutSummary> payoutRows = queries.payoutsBetween(from, to);
        Map<Long, Map<String, Long>> entries =
                queries.payoutEntries(payoutRows.stream().map(PayoutSummary::id).toList());
        List<ReconciliationMatcher.Payout> payouts = payoutRows.stream()
                .map(p -> new ReconciliationMatcher.Payout(p, entries.getOrDefault(p.id(), Map.of())))
                .toList();
        List<ProviderTransaction> transactions = List.of();
        String stripeError = null;
        try {
            transactions = stripe.since(from.minus(MARGIN), STRIPE_MAX).stream()
                    .filter(t -> t.created().isBefore(to.plus(MARGIN)))
                    .toList();
        } catch (PaymentRecords.Unavailable e) {
            stripeError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        List<ReconciliationReport.Difference> differences = ReconciliationMatcher.compare(
                charges, refunds, payouts, transactions, from, to, clock.instant(), stripeError == null);
        return new ReconciliationReport(
                month,
                from,
                to,
                charges.size(),
                refunds.size(),
                payouts.size(),
                transactions.size(),
                stripeError,
                differences);
    }
}
