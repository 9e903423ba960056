package dataport.settlement.internal.bank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one pain.001 file asks the platform's bank to do: pay each transfer from the platform's account.
 *
 * @param messageId the file's unique message id (GrpHdr/MsgId, at most 35 characters); the bank's pain.002 quotes it
 * @param currency ISO 4217; every transfer is in it
 */
public record CreditTransferBatch(
        String messageId,
        Instant createdAt,
        LocalDate executionDate,
        String currency,
        PlatformAccount debtor,
        List<CreditTransfer> transfers) {

    public CreditTransferBatch {
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(executionDate);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(debtor);
        transfers = List.copyOf(transfers);
        if (transfers.isEmpty()) {
            throw new IllegalArgumentException("A credit transfer file needs at least one transfer");
        }
    }

    /** Sum of all amounts, minor units: the file's control sum (exact, no rounding). */
    public long controlSumMinor() {
        return transfers.stream().mapToLong(CreditTransfer::amountMinor).reduce(0L, Math::addExact);
    }

    /** The platform's own account, debited for the whole file (from configuration). */
    public record PlatformAccount(String name, String accountNumber, String bic, String cnaps) {}

    /**
     * One payout to one merchant's registered bank account.
     *
     * @param endToEndId the payout's reference, quoted back by the bank for this transfer (at most 35 characters)
     * @param amountMinor positive, minor units of the batch currency
     * @param cnaps the receiving bank's 12-digit CNAPS code (China National Advanced Payment System member id)
     */
    public record CreditTransfer(
            String endToEndId,
            long amountMinor,
            String beneficiaryName,
            String bankName,
            String bic,
            String cnaps,
            String accountNumber,
            String remittanceText) {

        public CreditTransfer {
            if (amountMinor <= 0) {
                throw new IllegalArgumentException("A credit transfer pays a positive amount: " + amountMinor);
            }
        }
    }
}
