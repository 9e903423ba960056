package dataport.settlement.internal.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.settlement.internal.bank.CreditTransferBatch.CreditTransfer;
import dataport.settlement.internal.bank.CreditTransferBatch.PlatformAccount;
import dataport.settlement.internal.bank.PaymentStatusReport.Outcome;
import dataport.shared.Languages;
import dataport.shared.ui.Translations;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pain.001 files DataPort writes are valid ISO 20022; the bank's pain.002 reports are read, and bad ones refused. */
class BankFilesTest {

    static final PlatformAccount PLATFORM =
            new PlatformAccount("DataPort Platform Ltd", "11014567890001", "ICBKCNBJSHI", "102290012345");

    static CreditTransferBatch batch() {
        return new CreditTransferBatch(
                "DP-BATCH-7",
                Instant.parse("2026-12-07T04:30:00Z"),
                LocalDate.parse("2026-12-08"),
                "CNY",
                PLATFORM,
                List.of(
                        new CreditTransfer(
                                "DP-PAYOUT-101",
                                123_456,
                                "上海数联信息科技有限公司",
                                "中国工商银行上海分行",
                                "ICBKCNBJSHI",
                                "102290012345",
                                "6222021001122334455",
                                "DataPort payout 101"),
                        new CreditTransfer(
                                "DP-PAYOUT-102",
                                1,
                                "Hangzhou Open Data & Co.",
                                "China Merchants Bank",
                                "CMBCCNBS",
                                "308584000013",
                                "12345678",
                                null)));
    }

    @Test
    void aGeneratedCreditTransferFileIsValidAgainstTheOfficialSchema() {
        String xml = Pain001Writer.write(batch());

        assertThat(BankFileSchemas.PAIN_001_001_09.problems(xml)).isEmpty();
        assertThat(xml).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
        assertThat(xml).contains("<MsgId>DP-BATCH-7</MsgId>");
        assertThat(xml).contains("<NbOfTxs>2</NbOfTxs>");
        assertThat(xml).contains("<EndToEndId>DP-PAYOUT-101</EndToEndId>");
        assertThat(xml).contains("<EndToEndId>DP-PAYOUT-102</EndToEndId>");
        assertThat(xml).contains("<MmbId>102290012345</MmbId>").contains("<Cd>CNAPS</Cd>");
        assertThat(xml).contains("上海数联信息科技有限公司");
        assertThat(xml).contains("Hangzhou Open Data &amp; Co.");
    }

    @Test
    void theControlSumIsTheExactSumOfTheAmounts() {
        String xml = Pain001Writer.write(batch());

        assertThat(xml).contains("<CtrlSum>1234.57</CtrlSum>");
        assertThat(xml).contains("<InstdAmt Ccy=\"CNY\">1234.56</InstdAmt>");
        assertThat(xml).contains("<InstdAmt Ccy=\"CNY\">0.01</InstdAmt>");
    }

    @Test
    void aFileTheSchemaRefusesIsNeverOffered() {
        CreditTransferBatch badBic = new CreditTransferBatch(
                "DP-BATCH-8",
                Instant.parse("2026-12-07T04:30:00Z"),
                LocalDate.parse("2026-12-08"),
                "CNY",
                PLATFORM,
                List.of(new CreditTransfer(
                        "DP-PAYOUT-1", 100, "Someone", "Bank", "not-a-bic", "102290012345", "12345678", null)));

        assertThatThrownBy(() -> Pain001Writer.write(badBic))
                .isInstanceOf(BankFileException.class)
                .extracting(e -> ((BankFileException) e).messageKey())
                .isEqualTo("settlement-bank.file.invalid");
    }

    @Test
    void aStatusReportWithAcceptedAndRejectedTransactionsIsRead() throws Exception {
        PaymentStatusReport report = Pain002Reader.read(resource("pain002-accepted-and-rejected.xml"));

        assertThat(report.messageId()).isEqualTo("BANK-STS-20261208-01");
        assertThat(report.originalMessageId()).isEqualTo("DP-BATCH-7");
        assertThat(report.groupStatus()).isEqualTo("PART");
        assertThat(report.groupRejected()).isFalse();
        assertThat(report.transactions()).hasSize(3);

        var accepted = report.transactions().get(0);
        assertThat(accepted.endToEndId()).isEqualTo("DP-PAYOUT-101");
        assertThat(accepted.outcome()).isEqualTo(Outcome.PAID);

        var rejected = report.transactions().get(1);
        assertThat(rejected.endToEndId()).isEqualTo("DP-PAYOUT-102");
        assertThat(rejected.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(rejected.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("AC04");
            assertThat(r.additionalInformation()).isEqualTo("Account closed on 2026-11-30");
        });

        var settled = report.transactions().get(2);
        assertThat(settled.outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void reasonCodesReadAsPlainWordsInEnglishAndChinese() {
        Translations translations = new Translations();

        assertThat(translations.getTranslation(BankReasons.key("AC04"), Languages.ENGLISH))
                .isEqualTo("The account is closed.");
        assertThat(translations.getTranslation(BankReasons.key("AC04"), Languages.CHINESE))
                .isEqualTo("账户已销户。");
        assertThat(translations.getTranslation(BankReasons.key("ZZ99"), Languages.ENGLISH, "ZZ99"))
                .isEqualTo("Bank reason code ZZ99");
        for (String code : List.of("AC01", "AC04", "AC06", "AM04", "BE01", "MS03", "AG01", "RC01")) {
            assertThat(BankReasons.EXPLAINED).contains(code);
            assertThat(translations.getTranslation(BankReasons.key(code), Languages.CHINESE))
                    .doesNotStartWith("!");
        }
    }

    @Test
    void somethingThatIsNotXmlGetsATranslatedError() {
        assertThatThrownBy(() -> Pain002Reader.read("Status: all paid".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BankFileException.class)
                .extracting(e -> ((BankFileException) e).messageKey())
                .isEqualTo("settlement-bank.report.not-xml");
        assertThatThrownBy(() -> Pain002Reader.read(
                        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"><CstmrPmtStsRpt>"
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BankFileException.class)
                .extracting(e -> ((BankFileException) e).messageKey())
                .isEqualTo("settlement-bank.report.not-xml");
        String english = new Translations().getTranslation("settlement-bank.report.not-xml", Languages.ENGLISH);
        assertThat(english).startsWith("This file is not XML");
    }

    @Test
    void aReportThatBreaksTheSchemaOrIsAnotherMessageIsRefused() {
        String missingStatus = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                  <CstmrPmtStsRpt>
                    <OrgnlGrpInfAndSts><OrgnlMsgId>DP-BATCH-7</OrgnlMsgId></OrgnlGrpInfAndSts>
                  </CstmrPmtStsRpt>
                </Document>
                """;
        assertThatThrownBy(() -> Pain002Reader.read(missingStatus.getBytes(StandardCharsets.UTF_8)))
                .extracting(e -> ((BankFileException) e).messageKey())
                .isEqualTo("settlement-bank.report.invalid");
        assertThatThrownBy(() -> Pain002Reader.read(Pain001Writer.write(batch()).getBytes(StandardCharsets.UTF_8)))
                .extracting(e -> ((BankFileException) e).messageKey())
                .isEqualTo("settlement-bank.report.wrong-message");
    }

    @Test
    void theSchemasAreTheOfficialOnesByChecksum() throws Exception {
        assertThat(sha256(BankFileSchemas.PAIN_001_001_09.resource()))
                .isEqualTo("de038b373e47b0077b1832ddd81f4b2f1eb25d35721f62da1e38b7f5a09fda24");
        assertThat(sha256(BankFileSchemas.PAIN_002_001_10.resource()))
                .isEqualTo("2f9f8d0e9891fa9f31ccf0576397afe501614384d688ae6e43ba694b3d24b0cf");
    }

    private static String sha256(String resource) throws Exception {
        try (InputStream in = BankFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    static byte[] resource(String name) throws Exception {
        try (InputStream in = BankFilesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
