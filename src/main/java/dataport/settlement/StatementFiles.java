package dataport.settlement;

import dataport.shared.Languages;
import dataport.shared.Money;
import dataport.shared.PdfDocuments;
import dataport.shared.PdfWriter;
import dataport.shared.ui.Translations;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Statement} as CSV (for spreadsheets and accounting software: one row per opening balance, journal
 * line and closing balance, amounts as plain decimals and in minor units) and as a bilingual PDF (English and Chinese
 * on the same pages).
 */
@Component
class StatementFiles {

    /** The CSV's columns, in order. */
    static final List<String> CSV_COLUMNS = List.of(
            "row",
            "currency",
            "time",
            "entry_id",
            "entry_kind",
            "order_number",
            "payout_id",
            "reference",
            "account",
            "amount",
            "amount_minor",
            "account_balance_after");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final PdfDocuments pdf;
    private final Translations translations;

    StatementFiles(PdfDocuments pdf, Translations translations) {
        this.pdf = pdf;
        this.translations = translations;
    }

    boolean pdfAvailable() {
        return pdf.available();
    }

    StatementFile csv(Statement statement) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(CSV_COLUMNS.toArray(String[]::new))
                        .get())) {
            for (Statement.Section section : statement.sections()) {
                String c = section.currency();
                for (AccountKind account : Statement.ACCOUNTS) {
                    balanceRow(csv, "OPENING", c, statement.from(), statement, account, section.opening(account));
                }
                for (Statement.Line line : section.lines()) {
                    csv.printRecord(
                            "ENTRY",
                            c,
                            ISO.format(line.at().atZone(statement.zone())),
                            line.entryId(),
                            line.entryKind(),
                            nullToEmpty(line.orderNumber()),
                            line.payoutId() == null ? "" : line.payoutId(),
                            nullToEmpty(line.reference()),
                            line.account().name(),
                            decimal(line.amountMinor(), c),
                            line.amountMinor(),
                            decimal(line.balanceAfterMinor(), c));
                }
                for (AccountKind account : Statement.ACCOUNTS) {
                    balanceRow(csv, "CLOSING", c, statement.to(), statement, account, section.closing(account));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StatementFile(
                fileName(statement, "csv"),
                "text/csv;charset=UTF-8",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void balanceRow(
            CSVPrinter csv, String row, String currency, Instant at, Statement s, AccountKind account, long amount)
            throws IOException {
        csv.printRecord(
                row,
                currency,
                ISO.format(at.atZone(s.zone())),
                "",
                "",
                "",
                "",
                "",
                account.name(),
                decimal(amount, currency),
                amount,
                decimal(amount, currency));
    }

    /** Exact plain decimal in the currency's own digits ("1234.50", "-3.07", "12000" for yen). */
    static String decimal(long minor, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    StatementFile pdf(Statement statement) {
        try (PdfWriter doc = pdf.create("Statement " + statement.month())) {
            doc.heading(both("finance.statement.title"));
            doc.field(labels("finance.statement.merchant"), text(statement));
            doc.field(labels("finance.statement.month"), statement.month().toString());
            doc.field(
                    labels("finance.statement.period"),
                    SHORT.format(statement.from().atZone(statement.zone())) + " – "
                            + SHORT.format(statement.to().atZone(statement.zone())) + " ("
                            + statement.zone().getId()
                            + ", UTC+8)");
            if (statement.sections().isEmpty()) {
                doc.space(6).paragraph(both("finance.statement.empty"));
            }
            for (Statement.Section section : statement.sections()) {
                section(doc, section, statement);
            }
            doc.space(10).rule();
            doc.note(both("finance.statement.signs"));
            doc.note(both("finance.statement.reconciles"));
            doc.note(both("finance.statement.zone", statement.zone().getId()));
            return new StatementFile(fileName(statement, "pdf"), "application/pdf", doc.finish());
        }
    }

    private void section(PdfWriter doc, Statement.Section section, Statement statement) {
        String c = section.currency();
        doc.subheading(c);
        doc.table(
                new float[] {0.34f, 0.22f, 0.22f, 0.22f},
                new boolean[] {false, true, true, true},
                labels("finance.statement.account"),
                labels("finance.statement.opening"),
                labels("finance.statement.movement"),
                labels("finance.statement.closing"));
        for (AccountKind account : Statement.ACCOUNTS) {
            doc.row(
                    labels("finance.account." + account.name()),
                    money(section.opening(account), c),
                    money(section.movement(account), c),
                    money(section.closing(account), c));
        }
        doc.totalRow(
                labels("finance.statement.total"),
                money(section.openingTotal(), c),
                money(section.movementTotal(), c),
                money(section.closingTotal(), c));
        doc.space(6);
        if (section.lines().isEmpty()) {
            doc.paragraph(both("finance.statement.no-lines"));
            return;
        }
        doc.table(
                new float[] {0.15f, 0.17f, 0.22f, 0.16f, 0.15f, 0.15f},
                new boolean[] {false, false, false, false, true, true},
                labels("finance.statement.time"),
                labels("finance.statement.entry"),
                labels("finance.statement.reference"),
                labels("finance.statement.account"),
                labels("finance.statement.amount"),
                labels("finance.statement.balance"));
        for (Statement.Line line : section.lines()) {
            doc.row(
                    SHORT.format(line.at().atZone(statement.zone())),
                    entryKind(line.entryKind()),
                    reference(line),
                    labels("finance.account." + line.account().name()),
                    money(line.amountMinor(), c),
                    money(line.balanceAfterMinor(), c));
        }
    }

    private static String reference(Statement.Line line) {
        StringBuilder ref = new StringBuilder();
        if (line.orderNumber() != null) {
            ref.append(line.orderNumber());
        }
        if (line.payoutId() != null) {
            ref.append(ref.isEmpty() ? "" : "\n").append("#").append(line.payoutId());
        }
        if (line.reference() != null && !line.reference().isBlank()) {
            ref.append(ref.isEmpty() ? "" : "\n").append(line.reference());
        }
        return ref.toString();
    }

    private String entryKind(String kind) {
        String key = "finance.entry." + kind;
        String en = translations.getTranslation(key, Languages.ENGLISH);
        return en.startsWith("!") ? kind : labels(key);
    }

    private static String money(long minor, String currency) {
        return PdfWriter.exact(Money.ofMinor(minor, currency));
    }

    private static String text(Statement statement) {
        String en = statement.merchantName().in(Languages.ENGLISH);
        String zh = statement.merchantName().in(Languages.CHINESE);
        return en.equals(zh) ? en : en + "\n" + zh;
    }

    private static String fileName(Statement statement, String extension) {
        return "statement-" + statement.merchantId() + "-" + statement.month() + "." + extension;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private String labels(String key) {
        return translations.getTranslation(key, Languages.ENGLISH)
                + "\n"
                + translations.getTranslation(key, Languages.CHINESE);
    }

    private String both(String key, Object... params) {
        return translations.getTranslation(key, Languages.ENGLISH, params)
                + " · "
                + translations.getTranslation(key, Languages.CHINESE, params);
    }
}
