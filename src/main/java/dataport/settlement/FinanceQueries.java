package dataport.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The finance pages' read queries over the ledger's tables (order settlements, journal entries and lines, payouts),
 * in SQL: sums and pages are the database's job. Read-only; the ledger's own classes write these tables.
 */
@Component
class FinanceQueries {

    private static final String MERCHANT_KINDS =
            "('MERCHANT_PENDING','MERCHANT_HELD','MERCHANT_AVAILABLE','MERCHANT_IN_TRANSIT','MERCHANT_PAID_OUT')";

    private final JdbcClient jdbc;

    FinanceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A settled order's money, without its number and title (the orders module names them). */
    record SettlementRow(
            long orderId,
            String currency,
            long totalMinor,
            long feeMinor,
            long shareMinor,
            long refundedMinor,
            long feeReversedMinor,
            String state,
            Instant paidAt,
            Instant holdUntil,
            Instant releasedAt) {}

    List<SettlementRow> settlements(long merchantId, int offset, int limit) {
        return jdbc.sql(
                        "SELECT order_id, currency, total_minor, fee_minor, share_minor, refunded_minor,"
                                + " fee_reversed_minor, state, paid_at, hold_until, released_at FROM order_settlement"
                                + " WHERE merchant_id = :merchant ORDER BY paid_at DESC, order_id DESC LIMIT :limit OFFSET :offset")
                .param("merchant", merchantId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new SettlementRow(
                        rs.getLong("order_id"),
                        rs.getString("currency"),
                        rs.getLong("total_minor"),
                        rs.getLong("fee_minor"),
                        rs.getLong("share_minor"),
                        rs.getLong("refunded_minor"),
                        rs.getLong("fee_reversed_minor"),
                        rs.getString("state"),
                        instant(rs, "paid_at"),
                        instant(rs, "hold_until"),
                        instant(rs, "released_at")))
                .list();
    }

    long countSettlements(long merchantId) {
        return jdbc.sql("SELECT COUNT(*) FROM order_settlement WHERE merchant_id = :merchant")
                .param("merchant", merchantId)
                .query(Long.class)
                .single();
    }

    /** A refund as the ledger recorded it: the amount that went back to the buyer (the REFUNDS account's credit). */
    record RefundRow(long entryId, long orderId, String reference, String currency, long amountMinor, Instant at) {}

    List<RefundRow> refundsOfOrder(long orderId) {
        return refunds("e.order_id = :order", Map.of("order", orderId));
    }

    List<RefundRow> refundsBetween(Instant from, Instant to) {
        return refunds(
                "e.created_at >= :from AND e.created_at < :to",
                Map.of("from", Timestamp.from(from), "to", Timestamp.from(to)));
    }

    private List<RefundRow> refunds(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT e.id, e.order_id, e.refund_ref, l.currency, l.amount_minor, e.created_at"
                        + " FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id"
                        + " JOIN ledger_account a ON a.id = l.account_id"
                        + " WHERE e.kind = 'REFUND' AND a.kind = 'REFUNDS' AND " + where + " ORDER BY e.id")
                .params(params)
                .query((rs, n) -> new RefundRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        -rs.getLong(5),
                        instant(rs, "created_at")))
                .list();
    }

    /** A charge as the ledger recorded it: what the buyer paid for an order (BUYER_CLEARING's debit). */
    record ChargeRow(long entryId, long orderId, String currency, long amountMinor, Instant at) {}

    List<ChargeRow> chargesBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT e.id, e.order_id, l.currency, l.amount_minor, e.created_at"
                        + " FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id"
                        + " JOIN ledger_account a ON a.id = l.account_id"
                        + " WHERE e.kind = 'CHARGE' AND a.kind = 'BUYER_CLEARING'"
                        + " AND e.created_at >= :from AND e.created_at < :to ORDER BY e.id")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new ChargeRow(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), instant(rs, "created_at")))
                .list();
    }

    /** The kinds of ledger entries written for a payout, with their amounts on the merchant's in-transit account. */
    Map<Long, Map<String, Long>> payoutEntries(List<Long> payoutIds) {
        Map<Long, Map<String, Long>> result = new TreeMap<>();
        if (payoutIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT e.payout_id, e.kind, l.amount_minor FROM journal_entry e"
                        + " JOIN journal_line l ON l.entry_id = e.id JOIN ledger_account a ON a.id = l.account_id"
                        + " WHERE e.payout_id IN (:ids) AND a.kind = 'MERCHANT_IN_TRANSIT'")
                .param("ids", payoutIds)
                .query(rs -> {
                    // In transit is credit-normal: opening a payout credits it (negative line), settling debits it.
                    result.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>())
                            .merge(rs.getString(2), Math.abs(rs.getLong(3)), Long::sum);
                });
        return result;
    }

    /** Every payout opened in the period, oldest first, as pages show payouts. */
    List<PayoutSummary> payoutsBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT id, merchant_id, currency, amount_minor, rail, status, external_ref, failure_code,"
                        + " failure_reason, order_id, batch_id, created_at, settled_at FROM payout"
                        + " WHERE created_at >= :from AND created_at < :to ORDER BY created_at, id")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new PayoutSummary(
                        rs.getLong("id"),
                        rs.getLong("merchant_id"),
                        rs.getString("currency"),
                        rs.getLong("amount_minor"),
                        PayoutRail.valueOf(rs.getString("rail")),
                        PayoutStatus.valueOf(rs.getString("status")),
                        rs.getString("external_ref"),
                        rs.getString("failure_code"),
                        rs.getString("failure_reason"),
                        rs.getObject("order_id", Long.class),
                        rs.getObject("batch_id", Long.class),
                        instant(rs, "created_at"),
                        instant(rs, "settled_at")))
                .list();
    }

    /** Balances as people read them per currency and merchant account, of the lines before {@code before}. */
    Map<String, Map<AccountKind, Long>> balancesBefore(long merchantId, Instant before) {
        Map<String, Map<AccountKind, Long>> result = new TreeMap<>();
        jdbc.sql("SELECT a.kind, l.currency, SUM(l.amount_minor) FROM journal_line l"
                        + " JOIN ledger_account a ON a.id = l.account_id JOIN journal_entry e ON e.id = l.entry_id"
                        + " WHERE a.party_id = :merchant AND a.kind IN " + MERCHANT_KINDS
                        + " AND e.created_at < :before GROUP BY a.kind, l.currency")
                .param("merchant", merchantId)
                .param("before", Timestamp.from(before))
                .query(rs -> {
                    AccountKind kind = AccountKind.valueOf(rs.getString(1));
                    result.computeIfAbsent(rs.getString(2), c -> new EnumMap<>(AccountKind.class))
                            .put(kind, kind.shown(rs.getLong(3)));
                });
        return result;
    }

    /** A journal line on one of the merchant's accounts, in the order they were posted. */
    record LineRow(
            long entryId,
            Instant at,
            String entryKind,
            Long orderId,
            Long payoutId,
            String refundRef,
            String memo,
            AccountKind account,
            String currency,
            long amountMinor) {}

    List<LineRow> linesBetween(long merchantId, Instant from, Instant to) {
        return jdbc.sql("SELECT e.id, e.created_at, e.kind, e.order_id, e.payout_id, e.refund_ref, e.memo, a.kind,"
                        + " l.currency, l.amount_minor FROM journal_line l"
                        + " JOIN ledger_account a ON a.id = l.account_id JOIN journal_entry e ON e.id = l.entry_id"
                        + " WHERE a.party_id = :merchant AND a.kind IN " + MERCHANT_KINDS
                        + " AND e.created_at >= :from AND e.created_at < :to ORDER BY e.created_at, e.id, l.id")
                .param("merchant", merchantId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    AccountKind kind = AccountKind.valueOf(rs.getString(8));
                    return new LineRow(
                            rs.getLong(1),
                            instant(rs, "created_at"),
                            rs.getString(3),
                            (Long) rs.getObject(4, Long.class),
                            (Long) rs.getObject(5, Long.class),
                            rs.getString(6),
                            rs.getString(7),
                            kind,
                            rs.getString(9),
                            kind.shown(rs.getLong(10)));
                })
                .list();
    }

    /** The first month with a journal line of the merchant, if any (the statement picker starts there). */
    Instant firstEntry(long merchantId) {
        return jdbc.sql("SELECT MIN(e.created_at) FROM journal_line l JOIN ledger_account a ON a.id = l.account_id"
                        + " JOIN journal_entry e ON e.id = l.entry_id WHERE a.party_id = :merchant AND a.kind IN "
                        + MERCHANT_KINDS)
                .param("merchant", merchantId)
                .query((rs, n) -> instant(rs, 1))
                .optional()
                .orElse(null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
