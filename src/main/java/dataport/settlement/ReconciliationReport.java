package dataport.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The ledger compared with Stripe's balance transactions and with the payouts' own records for one month: how many
 * of each were compared, and every difference found. {@code stripeError} is set when Stripe could not be asked (the
 * payout checks still ran).
 */
public record ReconciliationReport(
        YearMonth month,
        Instant from,
        Instant to,
        int ledgerCharges,
        int ledgerRefunds,
        int payoutsChecked,
        int stripeTransactions,
        String stripeError,
        List<Difference> differences) {

    /** What does not match. */
    public enum Kind {
        /** Stripe (or a payout row) has it, the ledger has no entry for it. */
        MISSING_IN_LEDGER,
        /** The ledger has it, Stripe has no such transaction. */
        MISSING_AT_STRIPE,
        /** Both have it, with different amounts. */
        AMOUNT_DIFFERS,
        /** A payout's status and its ledger entries disagree (paid without a paid entry, failed without return …). */
        STATUS_DIFFERS,
        /** A bank payout still in transit long after its file was written: no status report was uploaded. */
        NO_BANK_REPORT
    }

    /** Which books the difference is in. */
    public enum Area {
        CHARGE,
        REFUND,
        TRANSFER,
        PAYOUT
    }

    /**
     * One difference: the reference both sides would share (PaymentIntent, refund id, transfer id, payout id), the
     * order or payout it concerns, and the amounts each side has (null where a side has nothing).
     */
    public record Difference(
            Kind kind,
            Area area,
            String reference,
            Long orderId,
            String orderNumber,
            Long payoutId,
            String currency,
            Long ledgerMinor,
            Long otherMinor,
            String detail) {}

    public boolean clean() {
        return stripeError == null && differences.isEmpty();
    }
}
