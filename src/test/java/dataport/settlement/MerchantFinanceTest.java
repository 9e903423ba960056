package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.orders.PurchasedItem;
import dataport.orders.ReceiptFile;
import dataport.orders.Receipts;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/** The merchant's Finance read side and monthly statement, on entries posted through the real ledger. */
@IntegrationTest
class MerchantFinanceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MerchantFinance finance;

    @Autowired
    SettlementService settlement;

    @Autowired
    Receipts receipts;

    @Autowired
    AuthenticationProvider signIn;

    LedgerFixtures money;
    PurchasedItem order;

    @BeforeEach
    void moneyOnTheDemoMerchantsAccounts() {
        money = new LedgerFixtures(context);
        order = money.paidOrder();
        long total = order.total().minorUnits();
        long fee = total / 10;
        money.charge(order, fee);
        money.release(order, total - fee);
        money.refund(order, "re_finance_" + order.orderId(), 100, 11);
        long paid = money.payout("CNY", 500, PayoutRail.BANK_FILE);
        money.payouts().markPaid(paid, "E2E-" + paid);
        long failed = money.payout("CNY", 300, PayoutRail.BANK_FILE);
        money.payouts().markFailed(failed, "AC04", "Closed account number");
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMonthsStatementReconcilesOpeningPlusEntriesToClosingOnEveryAccountAndEndsAtTodaysBalances() {
        Statement statement = finance.statement(YearMonth.now(MerchantFinance.STATEMENT_ZONE));

        Statement.Section cny = section(statement, "CNY");
        assertThat(statement.sections())
                .allSatisfy(s -> assertThat(s.reconciles()).isTrue());
        Balances now = settlement.balances(money.merchantId).stream()
                .filter(b -> b.currency().equals("CNY"))
                .findFirst()
                .orElseThrow();
        assertThat(cny.closing(AccountKind.MERCHANT_PENDING)).isEqualTo(now.pending());
        assertThat(cny.closing(AccountKind.MERCHANT_AVAILABLE)).isEqualTo(now.available());
        assertThat(cny.closing(AccountKind.MERCHANT_IN_TRANSIT)).isEqualTo(now.inTransit());
        assertThat(cny.closing(AccountKind.MERCHANT_PAID_OUT)).isEqualTo(now.paidOut());
        assertThat(cny.lines())
                .anySatisfy(l -> {
                    assertThat(l.entryKind()).isEqualTo("REFUND");
                    assertThat(l.orderNumber()).isEqualTo(order.orderNumber());
                    assertThat(l.amountMinor()).isEqualTo(-100);
                })
                .anySatisfy(l -> assertThat(l.entryKind()).isEqualTo("PAYOUT_FAILED"));
        // Each line's "balance after" runs on from the account's opening balance.
        Map<AccountKind, Long> running = new HashMap<>(cny.opening());
        for (Statement.Line line : cny.lines()) {
            long after = running.getOrDefault(line.account(), 0L) + line.amountMinor();
            assertThat(line.balanceAfterMinor()).isEqualTo(after);
            running.put(line.account(), after);
        }
    }

    @Test
    void theCsvHasItsColumnsAndItsEntriesAddUpFromOpeningToClosing() throws IOException {
        YearMonth month = YearMonth.now(MerchantFinance.STATEMENT_ZONE);
        StatementFile file = finance.statementCsv(month);

        assertThat(file.fileName()).isEqualTo("statement-" + money.merchantId + "-" + month + ".csv");
        List<CSVRecord> rows;
        try (CSVParser csv = CSVParser.parse(
                new StringReader(new String(file.content(), StandardCharsets.UTF_8)),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            assertThat(csv.getHeaderNames()).containsExactlyElementsOf(StatementFiles.CSV_COLUMNS);
            rows = csv.getRecords();
        }
        Map<String, Long> opening = new HashMap<>();
        Map<String, Long> entries = new HashMap<>();
        Map<String, Long> closing = new HashMap<>();
        for (CSVRecord row : rows) {
            String key = row.get("currency") + "/" + row.get("account");
            long minor = Long.parseLong(row.get("amount_minor"));
            assertThat(new BigDecimal(row.get("amount")).movePointRight(2).longValueExact())
                    .as("amount and amount_minor agree (CNY has 2 digits)")
                    .isEqualTo(minor);
            switch (row.get("row")) {
                case "OPENING" -> opening.put(key, minor);
                case "ENTRY" -> entries.merge(key, minor, Long::sum);
                case "CLOSING" -> closing.put(key, minor);
                default -> throw new AssertionError("Unknown row type " + row.get("row"));
            }
        }
        assertThat(closing).isNotEmpty();
        closing.forEach((key, close) -> assertThat(opening.getOrDefault(key, 0L) + entries.getOrDefault(key, 0L))
                .as(key)
                .isEqualTo(close));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("entry_kind")).isEqualTo("REFUND");
            assertThat(r.get("reference")).isEqualTo("re_finance_" + order.orderId());
            assertThat(r.get("amount")).isEqualTo("-1.00");
        });
    }

    @Test
    void thePdfStatementIsBilingualWithExactAmounts() throws IOException {
        StatementFile file = finance.statementPdf(YearMonth.now(MerchantFinance.STATEMENT_ZONE));

        String text;
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            text = new PDFTextStripper().getText(pdf);
        }
        String merchantZh = finance.merchant().orElseThrow().name().zh();
        assertThat(text)
                .contains("Monthly statement · 月度对账单")
                .contains(merchantZh)
                .contains("Opening")
                .contains("期初余额")
                .contains("CNY -1.00")
                .contains("CNY 5.00")
                .contains(order.orderNumber())
                .contains("Times and the month's limits are in Asia/Shanghai.");
    }

    @Test
    void orderLinesAndPayoutsArePagedWithCounts() {
        List<OrderMoneyLine> lines = finance.orderLines(0, 50);

        assertThat(finance.countOrderLines())
                .isGreaterThanOrEqualTo(lines.size())
                .isPositive();
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.orderNumber()).isEqualTo(order.orderNumber());
            assertThat(l.totalMinor()).isEqualTo(order.total().minorUnits());
            assertThat(l.feeMinor() + l.shareMinor()).isEqualTo(l.totalMinor());
        });
        assertThat(finance.payouts(0, 50))
                .anySatisfy(p -> {
                    assertThat(p.status()).isEqualTo(PayoutStatus.FAILED);
                    assertThat(p.failureReason()).isEqualTo("Closed account number");
                })
                .anySatisfy(p -> assertThat(p.status()).isEqualTo(PayoutStatus.PAID));
        assertThat(finance.countPayouts()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theBuyersReceiptListsTheOrdersRefunds() throws IOException {
        DemoSignIn.as(signIn, DemoSignIn.BUYER);

        ReceiptFile receipt = receipts.buyerReceipt(order.orderId(), ZoneId.of("Asia/Shanghai"))
                .orElseThrow();

        String text;
        try (PDDocument pdf = Loader.loadPDF(receipt.content())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text)
                .contains("re_finance_" + order.orderId())
                .contains("CNY 1.11")
                .contains("退款合计");
    }

    @Test
    void aBuyerWithoutAMerchantGetsNoFinance() {
        DemoSignIn.as(signIn, DemoSignIn.BUYER);

        assertThatThrownBy(() -> finance.balances()).isInstanceOf(AccessDeniedException.class);
    }

    private static Statement.Section section(Statement statement, String currency) {
        return statement.sections().stream()
                .filter(s -> s.currency().equals(currency))
                .findFirst()
                .orElseThrow();
    }
}
