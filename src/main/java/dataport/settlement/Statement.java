package dataport.settlement;

import dataport.shared.Bilingual;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A merchant's monthly statement: per currency, the opening balance of each merchant account at the month's start,
 * every journal line on those accounts during the month, and the closing balances at its end. Amounts are minor
 * units as people read them (what is owed to the merchant is positive). The month runs in {@link #zone} (Asia/Shanghai,
 * the park's zone, so the statement is the same whoever downloads it).
 */
public record Statement(
        long merchantId,
        Bilingual merchantName,
        YearMonth month,
        ZoneId zone,
        Instant from,
        Instant to,
        List<Section> sections) {

    /** The merchant accounts a statement shows, in this order. */
    public static final List<AccountKind> ACCOUNTS = List.of(
            AccountKind.MERCHANT_PENDING,
            AccountKind.MERCHANT_HELD,
            AccountKind.MERCHANT_AVAILABLE,
            AccountKind.MERCHANT_IN_TRANSIT,
            AccountKind.MERCHANT_PAID_OUT);

    /** One currency: balances per account at the start and end, and the lines between. */
    public record Section(
            String currency, Map<AccountKind, Long> opening, List<Line> lines, Map<AccountKind, Long> closing) {

        public long opening(AccountKind account) {
            return opening.getOrDefault(account, 0L);
        }

        public long closing(AccountKind account) {
            return closing.getOrDefault(account, 0L);
        }

        /** The sum of the month's lines on one account. */
        public long movement(AccountKind account) {
            long sum = 0;
            for (Line line : lines) {
                if (line.account() == account) {
                    sum = Math.addExact(sum, line.amountMinor());
                }
            }
            return sum;
        }

        public long openingTotal() {
            return ACCOUNTS.stream().mapToLong(this::opening).sum();
        }

        public long closingTotal() {
            return ACCOUNTS.stream().mapToLong(this::closing).sum();
        }

        public long movementTotal() {
            return ACCOUNTS.stream().mapToLong(this::movement).sum();
        }

        /** Whether opening + lines = closing on every account (the ledger guarantees it; the statement shows it). */
        public boolean reconciles() {
            return ACCOUNTS.stream().allMatch(a -> opening(a) + movement(a) == closing(a));
        }
    }

    /**
     * One journal line on a merchant account: the entry it belongs to (its kind: CHARGE, RELEASE, REFUND, PAYOUT …),
     * the order or payout it concerns, and the account's balance after it.
     */
    public record Line(
            long entryId,
            Instant at,
            String entryKind,
            Long orderId,
            String orderNumber,
            Long payoutId,
            String reference,
            AccountKind account,
            long amountMinor,
            long balanceAfterMinor) {}
}
