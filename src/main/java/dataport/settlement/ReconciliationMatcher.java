package dataport.settlement;

import dataport.orders.PaymentRecords.ProviderTransaction;
import dataport.settlement.ReconciliationReport.Area;
import dataport.settlement.ReconciliationReport.Difference;
import dataport.settlement.ReconciliationReport.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares the two sets of books, without I/O. Stripe's side is read over a wider window than the month (a day on
 * either side), so an entry written just before midnight and its Stripe transaction just after still meet; only
 * Stripe transactions inside the month are reported as missing in the ledger.
 */
final class ReconciliationMatcher {

    /** A bank payout still in transit after this long has had no status report. */
    static final Duration BANK_REPORT_EXPECTED = Duration.ofDays(5);

    private ReconciliationMatcher() {}

    /** A ledger charge with the order's payment reference (the PaymentIntent) and number. */
    record Charge(long orderId, String orderNumber, String paymentRef, String currency, long amountMinor, Instant at) {}

    /** A ledger refund (amount given back, positive). */
    record Refund(long orderId, String orderNumber, String refundRef, String currency, long amountMinor, Instant at) {}

    /** A payout row with the amounts of its ledger entries by kind (PAYOUT, PAYOUT_PAID, PAYOUT_FAILED). */
    record Payout(PayoutSummary payout, Map<String, Long> entries) {}

    static List<Difference> compare(
            List<Charge> charges,
            List<Refund> refunds,
            List<Payout> payouts,
            List<ProviderTransaction> stripe,
            Instant from,
            Instant to,
            Instant now,
            boolean stripeRead) {
        List<Difference> differences = new ArrayList<>();
        if (stripeRead) {
            compareCharges(charges, stripe, from, to, differences);
            compareRefunds(refunds, stripe, from, to, differences);
            compareTransfers(payouts, stripe, from, to, differences);
        }
        for (Payout p : payouts) {
            checkPayout(p, now, differences);
        }
        return differences;
    }

    /**
     * What the ledger booked for one Stripe transaction: its key (PaymentIntent, refund id or transfer id), the amount
     * as the ledger counts it (positive) and, for a payout, its id and status.
     */
    private record Booked(
            String key,
            Long orderId,
            String orderNumber,
            Long payoutId,
            String currency,
            long amountMinor,
            String status) {}

    private static void compareCharges(
            List<Charge> charges, List<ProviderTransaction> stripe, Instant from, Instant to, List<Difference> out) {
        List<Booked> booked = charges.stream()
                .map(c -> new Booked(
                        c.paymentRef() == null ? "order:" + c.orderId() : c.paymentRef(),
                        c.orderId(),
                        c.orderNumber(),
                        null,
                        c.currency(),
                        c.amountMinor(),
                        null))
                .toList();
        // A charge is found by its PaymentIntent (the order's payment reference); Stripe counts it positive.
        match(
                Area.CHARGE,
                "charge",
                t -> t.paymentIntent() == null ? t.source() : t.paymentIntent(),
                1,
                booked,
                stripe,
                from,
                to,
                out);
    }

    private static void compareRefunds(
            List<Refund> refunds, List<ProviderTransaction> stripe, Instant from, Instant to, List<Difference> out) {
        List<Booked> booked = refunds.stream()
                .map(r -> new Booked(
                        r.refundRef() == null ? "order:" + r.orderId() : r.refundRef(),
                        r.orderId(),
                        r.orderNumber(),
                        null,
                        r.currency(),
                        r.amountMinor(),
                        null))
                .toList();
        match(Area.REFUND, "refund", ProviderTransaction::source, -1, booked, stripe, from, to, out);
    }

    private static void compareTransfers(
            List<Payout> payouts, List<ProviderTransaction> stripe, Instant from, Instant to, List<Difference> out) {
        List<Booked> booked = payouts.stream()
                .map(Payout::payout)
                .filter(s -> s.rail() == PayoutRail.STRIPE_CONNECT && s.externalRef() != null)
                .map(s -> new Booked(
                        s.externalRef(),
                        s.orderId(),
                        null,
                        s.id(),
                        s.currency(),
                        s.amountMinor(),
                        s.status().name()))
                .toList();
        match(Area.TRANSFER, "transfer", ProviderTransaction::source, -1, booked, stripe, from, to, out);
    }

    /**
     * Pairs the ledger's bookings with Stripe's transactions of one type by key: each booking Stripe does not have or
     * counts differently, then each Stripe transaction inside the period the ledger does not have. {@code sign}: how
     * Stripe's amount relates to the ledger's (money out of the platform is negative at Stripe).
     */
    private static void match(
            Area area,
            String type,
            Function<ProviderTransaction, String> keyOf,
            long sign,
            List<Booked> booked,
            List<ProviderTransaction> stripe,
            Instant from,
            Instant to,
            List<Difference> out) {
        Map<String, ProviderTransaction> atStripe = new HashMap<>();
        stripe.stream().filter(t -> type.equals(t.type())).forEach(t -> atStripe.putIfAbsent(keyOf.apply(t), t));
        Map<String, Booked> inLedger = new HashMap<>();
        for (Booked b : booked) {
            inLedger.put(b.key(), b);
            ProviderTransaction t = atStripe.get(b.key());
            if (t == null) {
                out.add(new Difference(
                        Kind.MISSING_AT_STRIPE,
                        area,
                        b.key(),
                        b.orderId(),
                        b.orderNumber(),
                        b.payoutId(),
                        b.currency(),
                        b.amountMinor(),
                        null,
                        b.status()));
            } else if (sign * t.amountMinor() != b.amountMinor()
                    || !t.currency().equals(b.currency())) {
                out.add(new Difference(
                        Kind.AMOUNT_DIFFERS,
                        area,
                        b.key(),
                        b.orderId(),
                        b.orderNumber(),
                        b.payoutId(),
                        b.currency(),
                        b.amountMinor(),
                        sign * t.amountMinor(),
                        t.currency() + " " + t.source()));
            }
        }
        for (ProviderTransaction t : stripe) {
            String key = keyOf.apply(t);
            if (type.equals(t.type()) && inside(t.created(), from, to) && !inLedger.containsKey(key)) {
                out.add(new Difference(
                        Kind.MISSING_IN_LEDGER,
                        area,
                        key,
                        null,
                        null,
                        null,
                        t.currency(),
                        null,
                        sign * t.amountMinor(),
                        t.source()));
            }
        }
    }

    /** A payout's row against its own ledger entries: opened once for its amount, settled as its status says. */
    private static void checkPayout(Payout p, Instant now, List<Difference> out) {
        PayoutSummary s = p.payout();
        String ref = "payout #" + s.id();
        long amount = s.amountMinor();
        Long opened = p.entries().get("PAYOUT");
        Long paid = p.entries().get("PAYOUT_PAID");
        Long failed = p.entries().get("PAYOUT_FAILED");
        if (opened == null) {
            out.add(diff(Kind.MISSING_IN_LEDGER, s, ref, null, "PAYOUT"));
        } else if (opened != amount) {
            out.add(diff(Kind.AMOUNT_DIFFERS, s, ref, opened, "PAYOUT"));
        }
        switch (s.status()) {
            case PAID -> {
                if (paid == null || failed != null) {
                    out.add(diff(Kind.STATUS_DIFFERS, s, ref, paid, "PAID"));
                } else if (paid != amount) {
                    out.add(diff(Kind.AMOUNT_DIFFERS, s, ref, paid, "PAYOUT_PAID"));
                }
            }
            case FAILED -> {
                if (failed == null || paid != null) {
                    out.add(diff(Kind.STATUS_DIFFERS, s, ref, failed, "FAILED"));
                } else if (failed != amount) {
                    out.add(diff(Kind.AMOUNT_DIFFERS, s, ref, failed, "PAYOUT_FAILED"));
                }
            }
            case IN_TRANSIT -> {
                if (paid != null || failed != null) {
                    out.add(diff(Kind.STATUS_DIFFERS, s, ref, Objects.requireNonNullElse(paid, failed), "IN_TRANSIT"));
                } else if (s.rail() == PayoutRail.BANK_FILE
                        && s.createdAt() != null
                        && s.createdAt().plus(BANK_REPORT_EXPECTED).isBefore(now)) {
                    out.add(diff(Kind.NO_BANK_REPORT, s, ref, opened, "IN_TRANSIT"));
                }
            }
        }
    }

    private static Difference diff(Kind kind, PayoutSummary s, String ref, Long ledger, String detail) {
        return new Difference(
                kind,
                Area.PAYOUT,
                ref,
                s.orderId(),
                null,
                s.id(),
                s.currency(),
                ledger,
                s.amountMinor(),
                s.rail() + " " + detail);
    }

    private static boolean inside(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
