package dataport.settlement;

import dataport.orders.PaymentRecords.ProviderTransaction;
import dataport.settlement.ReconciliationReport.Area;
import dataport.settlement.ReconciliationReport.Difference;
import dataport.settlement.ReconciliationReport.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    private static void compareCharges(
            List<Charge> charges, List<ProviderTransaction> stripe, Instant from, Instant to, List<Difference> out) {
        Map<String, ProviderTransaction> byIntent = new HashMap<>();
        for (ProviderTransaction t : stripe) {
            if ("charge".equals(t.type()) && t.paymentIntent() != null) {
                byIntent.putIfAbsent(t.paymentIntent(), t);
            }
        }
        Map<String, Charge> ledger = new LinkedHashMap<>();
        for (Charge c : charges) {
            String key = c.paymentRef() == null ? "order:" + c.orderId() : c.paymentRef();
            ledger.put(key, c);
            ProviderTransaction t = byIntent.get(key);
            if (t == null) {
                out.add(new Difference(
                        Kind.MISSING_AT_STRIPE,
                        Area.CHARGE,
                        key,
                        c.orderId(),
                        c.orderNumber(),
                        null,
                        c.currency(),
                        c.amountMinor(),
                        null,
                        null));
            } else if (t.amountMinor() != c.amountMinor() || !t.currency().equals(c.currency())) {
                out.add(new Difference(
                        Kind.AMOUNT_DIFFERS,
                        Area.CHARGE,
                        key,
                        c.orderId(),
                        c.orderNumber(),
                        null,
                        c.currency(),
                        c.amountMinor(),
                        t.amountMinor(),
                        t.currency() + " " + t.source()));
            }
        }
        for (ProviderTransaction t : stripe) {
            if ("charge".equals(t.type()) && inside(t.created(), from, to)) {
                String key = t.paymentIntent() == null ? t.source() : t.paymentIntent();
                if (!ledger.containsKey(key)) {
                    out.add(new Difference(
                            Kind.MISSING_IN_LEDGER,
                            Area.CHARGE,
                            key,
                            null,
                            null,
                            null,
                            t.currency(),
                            null,
                            t.amountMinor(),
                            t.source()));
                }
            }
        }
    }

    private static void compareRefunds(
            List<Refund> refunds, List<ProviderTransaction> stripe, Instant from, Instant to, List<Difference> out) {
        Map<String, ProviderTransaction> bySource = new HashMap<>();
        for (ProviderTransaction t : stripe) {
            if ("refund".equals(t.type())) {
                bySource.putIfAbsent(t.source(), t);
            }
        }
        Map<String, Refund> ledger = new HashMap<>();
        for (Refund r : refunds) {
            String key = r.refundRef() == null ? "order:" + r.orderId() : r.refundRef();
            ledger.put(key, r);
            ProviderTransaction t = bySource.get(key);
            if (t == null) {
                out.add(new Difference(
                        Kind.MISSING_AT_STRIPE,
                        Area.REFUND,
                        key,
                        r.orderId(),
                        r.orderNumber(),
                        null,
                        r.currency(),
                        r.amountMinor(),
                        null,
                        null));
            } else if (-t.amountMinor() != r.amountMinor() || !t.currency().equals(r.currency())) {
                out.add(new Difference(
                        Kind.AMOUNT_DIFFERS,
                        Area.REFUND,
                        key,
                        r.orderId(),
                        r.orderNumber(),
                        null,
                        r.currency(),
                        r.amountMinor(),
                        -t.amountMinor(),
                        t.currency()));
            }
        }
        for (ProviderTransaction t : stripe) {
            if ("refund".equals(t.type()) && inside(t.created(), from, to) && !ledger.containsKey(t.source())) {
                out.add(new Difference(
                        Kind.MISSING_IN_LEDGER,
                        Area.REFUND,
                        t.source(),
                        null,
                        null,
                        null,
                        t.currency(),
                        null,
                        -t.amountMinor(),
                        null));
            }
        }
    }

    private static void compareTransfers(
            List<Payout> payouts, List<ProviderTransaction> stripe, Instant from, Instant to, List<Difference> out) {
        Map<String, ProviderTransaction> bySource = new HashMap<>();
        for (ProviderTransaction t : stripe) {
            if ("transfer".equals(t.type())) {
                bySource.putIfAbsent(t.source(), t);
            }
        }
        Map<String, PayoutSummary> ledger = new HashMap<>();
        for (Payout p : payouts) {
            PayoutSummary s = p.payout();
            if (s.rail() != PayoutRail.STRIPE_CONNECT || s.externalRef() == null) {
                continue;
            }
            ledger.put(s.externalRef(), s);
            ProviderTransaction t = bySource.get(s.externalRef());
            if (t == null) {
                out.add(new Difference(
                        Kind.MISSING_AT_STRIPE,
                        Area.TRANSFER,
                        s.externalRef(),
                        s.orderId(),
                        null,
                        s.id(),
                        s.currency(),
                        s.amountMinor(),
                        null,
                        s.status().name()));
            } else if (-t.amountMinor() != s.amountMinor() || !t.currency().equals(s.currency())) {
                out.add(new Difference(
                        Kind.AMOUNT_DIFFERS,
                        Area.TRANSFER,
                        s.externalRef(),
                        s.orderId(),
                        null,
                        s.id(),
                        s.currency(),
                        s.amountMinor(),
                        -t.amountMinor(),
                        t.currency()));
            }
        }
        for (ProviderTransaction t : stripe) {
            if ("transfer".equals(t.type()) && inside(t.created(), from, to) && !ledger.containsKey(t.source())) {
                out.add(new Difference(
                        Kind.MISSING_IN_LEDGER,
                        Area.TRANSFER,
                        t.source(),
                        null,
                        null,
                        null,
                        t.currency(),
                        null,
                        -t.amountMinor(),
                        null));
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
