package dataport.settlement;

import dataport.accounts.CurrentUser;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.orders.OrderReference;
import dataport.orders.OrderReferences;
import dataport.shared.Bilingual;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in merchant member's money: balances per currency, every order's money line, payouts, and the monthly
 * statement (CSV and PDF). Everything is about the member's own merchant; a MERCHANT without one gets nothing.
 */
@Service
@RolesAllowed("MERCHANT")
public class MerchantFinance {

    /** Statements' months run in the park's zone, whoever downloads them. */
    public static final ZoneId STATEMENT_ZONE = ZoneId.of("Asia/Shanghai");

    private final CurrentUser currentUser;
    private final MerchantService merchants;
    private final SettlementService settlement;
    private final Payouts payouts;
    private final FinanceQueries queries;
    private final OrderReferences orders;
    private final StatementFiles files;
    private final Clock clock;

    MerchantFinance(
            CurrentUser currentUser,
            MerchantService merchants,
            SettlementService settlement,
            Payouts payouts,
            FinanceQueries queries,
            OrderReferences orders,
            StatementFiles files,
            Clock clock) {
        this.currentUser = currentUser;
        this.merchants = merchants;
        this.settlement = settlement;
        this.payouts = payouts;
        this.queries = queries;
        this.orders = orders;
        this.files = files;
        this.clock = clock;
    }

    /** The member's merchant, if they belong to one. */
    @Transactional(readOnly = true)
    public Optional<MerchantSummary> merchant() {
        return merchants.findForMember(currentUser.require().id());
    }

    @Transactional(readOnly = true)
    public List<Balances> balances() {
        return settlement.balances(merchantId());
    }

    /** The merchant's orders' money, newest payment first. */
    @Transactional(readOnly = true)
    public List<OrderMoneyLine> orderLines(int offset, int limit) {
        long merchantId = merchantId();
        List<FinanceQueries.SettlementRow> rows =
                queries.settlements(merchantId, Math.max(offset, 0), Math.max(1, Math.min(limit, 200)));
        Map<Long, OrderReference> refs = orders.of(
                rows.stream().map(FinanceQueries.SettlementRow::orderId).toList());
        return rows.stream()
                .map(r -> {
                    OrderReference ref = refs.get(r.orderId());
                    return new OrderMoneyLine(
                            r.orderId(),
                            ref == null ? Long.toString(r.orderId()) : ref.number(),
                            ref == null ? Bilingual.of("", "") : ref.title(),
                            r.currency(),
                            r.totalMinor(),
                            r.feeMinor(),
                            r.shareMinor(),
                            r.refundedMinor(),
                            r.feeReversedMinor(),
                            r.state(),
                            r.paidAt(),
                            r.holdUntil(),
                            r.releasedAt());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public long countOrderLines() {
        return queries.countSettlements(merchantId());
    }

    /** The merchant's payouts on either rail, newest first. */
    @Transactional(readOnly = true)
    public List<PayoutSummary> payouts(int offset, int limit) {
        return payouts.ofMerchant(merchantId(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countPayouts() {
        return payouts.countOfMerchant(merchantId());
    }

    /** The months a statement can be asked for: from the merchant's first ledger entry to this month, newest first. */
    @Transactional(readOnly = true)
    public List<YearMonth> statementMonths() {
        YearMonth now = YearMonth.now(clock.withZone(STATEMENT_ZONE));
        Instant first = queries.firstEntry(merchantId());
        YearMonth start = first == null ? now : YearMonth.from(first.atZone(STATEMENT_ZONE));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = now; !m.isBefore(start) && months.size() < 120; m = m.minusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Transactional(readOnly = true)
    public Statement statement(YearMonth month) {
        MerchantSummary merchant = merchant().orElseThrow(() -> new AccessDeniedException("Not a merchant member"));
        return statementOf(merchant.id(), merchant.name(), month);
    }

    @Transactional(readOnly = true)
    public StatementFile statementCsv(YearMonth month) {
        return files.csv(statement(month));
    }

    @Transactional(readOnly = true)
    public StatementFile statementPdf(YearMonth month) {
        return files.pdf(statement(month));
    }

    /** Whether statement PDFs can be made here (a font with Chinese glyphs is installed). */
    public boolean pdfAvailable() {
        return files.pdfAvailable();
    }

    Statement statementOf(long merchantId, Bilingual merchantName, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(STATEMENT_ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(STATEMENT_ZONE).toInstant();
        Map<String, Map<AccountKind, Long>> opening = queries.balancesBefore(merchantId, from);
        Map<String, Map<AccountKind, Long>> closing = queries.balancesBefore(merchantId, to);
        List<FinanceQueries.LineRow> rows = queries.linesBetween(merchantId, from, to);
        Map<Long, OrderReference> refs = orders.of(rows.stream()
                .map(FinanceQueries.LineRow::orderId)
                .filter(id -> id != null)
                .distinct()
                .toList());
        TreeSet<String> currencies = new TreeSet<>(opening.keySet());
        currencies.addAll(closing.keySet());
        Map<String, List<Statement.Line>> lines = new TreeMap<>();
        Map<String, Map<AccountKind, Long>> running = new HashMap<>();
        for (FinanceQueries.LineRow row : rows) {
            Map<AccountKind, Long> balances = running.computeIfAbsent(row.currency(), c -> {
                Map<AccountKind, Long> start = new EnumMap<>(AccountKind.class);
                start.putAll(opening.getOrDefault(c, Map.of()));
                return start;
            });
            long after = Math.addExact(balances.getOrDefault(row.account(), 0L), row.amountMinor());
            balances.put(row.account(), after);
            OrderReference ref = row.orderId() == null ? null : refs.get(row.orderId());
            lines.computeIfAbsent(row.currency(), c -> new ArrayList<>())
                    .add(new Statement.Line(
                            row.entryId(),
                            row.at(),
                            row.entryKind(),
                            row.orderId(),
                            ref == null ? null : ref.number(),
                            row.payoutId(),
                            row.refundRef() != null ? row.refundRef() : row.memo(),
                            row.account(),
                            row.amountMinor(),
                            after));
        }
        List<Statement.Section> sections = new ArrayList<>();
        for (String currency : currencies) {
            sections.add(new Statement.Section(
                    currency,
                    opening.getOrDefault(currency, Map.of()),
                    lines.getOrDefault(currency, List.of()),
                    closing.getOrDefault(currency, Map.of())));
        }
        return new Statement(merchantId, merchantName, month, STATEMENT_ZONE, from, to, sections);
    }

    private long merchantId() {
        return merchant()
                .map(MerchantSummary::id)
                .orElseThrow(() -> new AccessDeniedException("Not a merchant member"));
    }
}
