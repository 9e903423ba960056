package dataport.settlement.internal.bank;

import java.util.List;

/**
 * What a bank's pain.002 says about an earlier pain.001.
 *
 * @param messageId the report's own message id (a report is applied once: the same id or the same bytes twice change
 *     nothing)
 * @param originalMessageId the pain.001 message id it answers
 * @param groupStatus the status of the whole file, if given (ACCP, ACSC, RJCT, PART, ...)
 * @param groupReasons reasons given for the whole file
 * @param transactions per transaction status, by end-to-end id; a file rejected as a whole may list none
 */
public record PaymentStatusReport(
        String messageId,
        String originalMessageId,
        String groupStatus,
        List<Reason> groupReasons,
        List<TransactionStatus> transactions) {

    public PaymentStatusReport {
        groupReasons = List.copyOf(groupReasons);
        transactions = List.copyOf(transactions);
    }

    /** The file was rejected as a whole: every payout in it failed. */
    public boolean groupRejected() {
        return Outcome.of(groupStatus) == Outcome.FAILED;
    }

    /** What a status code means for a payout. */
    public enum Outcome {
        /** Accepted by the bank (ACCP, ACSP, ACSC, ACCC, ACWC...): the money left. */
        PAID,
        /** Rejected (RJCT): the money comes back to the merchant's available balance. */
        FAILED,
        /** Received or pending (RCVD, PDNG, ACTC, PART...): nothing changes yet. */
        NO_CHANGE;

        public static Outcome of(String status) {
            if (status == null) {
                return NO_CHANGE;
            }
            return switch (status) {
                case "ACCP", "ACSP", "ACSC", "ACCC", "ACWC", "ACFC" -> PAID;
                case "RJCT" -> FAILED;
                default -> NO_CHANGE;
            };
        }
    }

    /** A reason code (ISO external code such as AC01, or the bank's proprietary one) and the bank's extra text. */
    public record Reason(String code, String additionalInformation) {}

    public record TransactionStatus(String endToEndId, String status, List<Reason> reasons) {

        public TransactionStatus {
            reasons = List.copyOf(reasons);
        }

        public Outcome outcome() {
            return Outcome.of(status);
        }
    }
}
