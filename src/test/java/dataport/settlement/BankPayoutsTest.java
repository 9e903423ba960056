package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.TestMerchants;
import dataport.settlement.BankAccountDetails.Field;
import dataport.settlement.BankPayouts.BankReportRefused;
import dataport.settlement.BankPayouts.BatchLine;
import dataport.settlement.BankPayouts.ReportResult;
import dataport.settlement.Ledger.Leg;
import dataport.settlement.Ledger.Refs;
import dataport.settlement.internal.bank.BankFileSchemas;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payout rail 2 end to end, below the pages: a mainland merchant registers a bank account, staff verify it and run a
 * batch (payouts in transit, a valid pain.001), the bank's pain.002 pays one merchant and rejects the other (money
 * back to available, reason in plain words), and the same report uploaded again changes nothing.
 */
@IntegrationTest
class BankPayoutsTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    BankPayouts bankPayouts;

    @Autowired
    SettlementService settlement;

    @Autowired
    Payouts payouts;

    @Autowired
    MerchantService merchants;

    @Autowired
    BankAccounts accounts;

    @Autowired
    Ledger ledger;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBatchPaysVerifiedMainlandMerchantsAndTheBankReportSettlesEachPayoutOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);

        // The demo merchant (Shanghai) registers its account; a wrong form keeps nothing and names every field.
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        assertThat(bankPayouts.myMerchantIsPaidByBankFile()).isTrue();
        assertThat(bankPayouts.saveMyAccount(new BankAccountDetails(" ", "", "ICBK-CN", "10229001234", "1234567")))
                .containsOnlyKeys(
                        Field.BENEFICIARY_NAME, Field.BANK_NAME, Field.BIC, Field.CNAPS, Field.ACCOUNT_NUMBER);
        assertThat(bankPayouts.saveMyAccount(new BankAccountDetails(
                        "上海港湾数据科技有限公司 " + run,
                        "中国工商银行上海市分行",
                        "icbkcnbjshi",
                        "1022 9001 2345",
                        "6222 0210 0112 2334 455")))
                .isEmpty();
        BankAccountSummary mine = bankPayouts.myAccount().orElseThrow();
        assertThat(mine.verified()).isFalse();
        assertThat(mine.details().bic()).isEqualTo("ICBKCNBJSHI");
        assertThat(mine.details().accountNumber()).isEqualTo("6222021001122334455");
        long paidMerchant = mine.merchantId();

        // A second mainland merchant whose bank will reject the transfer.
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        MerchantSummary other = merchants.register(TestMerchants.merchant()
                .slug("bank-file-" + run)
                .named("Bank file " + run, "银行文件" + run)
                .build());
        long failedMerchant = other.id();
        transactions.executeWithoutResult(t -> accounts.save(new BankAccount(
                failedMerchant,
                new BankAccountDetails("杭州开放数据有限公司", "招商银行", "CMBCCNBS", "308584000013", "12345678"),
                Instant.now())));

        credit(paidMerchant, 123_456);
        credit(failedMerchant, 50_000);
        Balances paidBefore = cny(paidMerchant);
        Balances failedBefore = cny(failedMerchant);

        // Unverified accounts are not paid.
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        bankPayouts
                .runBatch()
                .ifPresent(b -> assertThat(lineOf(b.id(), paidMerchant)).isNull());
        bankPayouts.verify(paidMerchant);
        bankPayouts.verify(failedMerchant);

        PayoutBatchSummary batch = bankPayouts.runBatch().orElseThrow();
        BatchLine paidLine = lineOf(batch.id(), paidMerchant);
        BatchLine failedLine = lineOf(batch.id(), failedMerchant);
        assertThat(paidLine.amountMinor()).isEqualTo(paidBefore.available());
        assertThat(failedLine.amountMinor()).isEqualTo(failedBefore.available());
        assertThat(paidLine.payout().rail()).isEqualTo(PayoutRail.BANK_FILE);
        assertThat(paidLine.payout().status()).isEqualTo(PayoutStatus.IN_TRANSIT);
        assertThat(paidLine.payout().batchId()).isEqualTo(batch.id());
        assertThat(cny(paidMerchant).available()).isZero();
        assertThat(cny(paidMerchant).inTransit()).isEqualTo(paidBefore.inTransit() + paidLine.amountMinor());
        assertThat(batch.settled()).isFalse();

        String xml = bankPayouts.file(batch.id()).xml();
        assertThat(BankFileSchemas.PAIN_001_001_09.problems(xml)).isEmpty();
        assertThat(xml).contains("<EndToEndId>" + paidLine.endToEndId() + "</EndToEndId>");
        assertThat(xml).contains("<MmbId>308584000013</MmbId>");

        // The bank pays one and rejects the other: account closed.
        byte[] report = statusReport("STS-" + run, batch.messageId(), paidLine.endToEndId(), failedLine.endToEndId());
        ReportResult applied = bankPayouts.applyReport(report);
        assertThat(applied.alreadyApplied()).isFalse();
        assertThat(applied.paid()).isEqualTo(1);
        assertThat(applied.failed()).isEqualTo(1);

        PayoutSummary paid = payouts.find(paidLine.payoutId()).orElseThrow();
        assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(paid.externalRef()).isEqualTo(paidLine.endToEndId());
        PayoutSummary failed = payouts.find(failedLine.payoutId()).orElseThrow();
        assertThat(failed.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("AC04");
        assertThat(failed.failureReason()).startsWith("The account is closed.");

        assertThat(cny(paidMerchant).paidOut()).isEqualTo(paidBefore.paidOut() + paidLine.amountMinor());
        assertThat(cny(paidMerchant).inTransit()).isEqualTo(paidBefore.inTransit());
        assertThat(cny(failedMerchant).available()).isEqualTo(failedBefore.available());
        assertThat(cny(failedMerchant).inTransit()).isEqualTo(failedBefore.inTransit());

        // The same report again — the same bytes, or the same message id re-sent — changes nothing.
        Balances paidAfter = cny(paidMerchant);
        Balances failedAfter = cny(failedMerchant);
        assertThat(bankPayouts.applyReport(report).alreadyApplied()).isTrue();
        assertThat(bankPayouts
                        .applyReport(statusReport(
                                "STS-" + run, batch.messageId(), failedLine.endToEndId(), paidLine.endToEndId()))
                        .alreadyApplied())
                .isTrue();
        assertThat(cny(paidMerchant)).isEqualTo(paidAfter);
        assertThat(cny(failedMerchant)).isEqualTo(failedAfter);
        assertThat(payouts.find(failedLine.payoutId()).orElseThrow().status()).isEqualTo(PayoutStatus.FAILED);

        PayoutBatchSummary listed = bankPayouts.batches(50).stream()
                .filter(b -> b.id() == batch.id())
                .findFirst()
                .orElseThrow();
        assertThat(listed.paidCount()).isGreaterThanOrEqualTo(1);
        assertThat(listed.failedCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aReportForAFileDataPortNeverSentIsRefused() {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        String run = UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> bankPayouts.applyReport(statusReport("STS-X-" + run, "NOT-OURS-" + run, "A", "B")))
                .isInstanceOf(BankReportRefused.class)
                .extracting(e -> ((BankReportRefused) e).messageKey())
                .isEqualTo("settlement-bank.report.unknown-batch");
        assertThatThrownBy(() -> bankPayouts.applyReport("not xml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BankReportRefused.class)
                .extracting(e -> ((BankReportRefused) e).messageKey())
                .isEqualTo("settlement-bank.report.not-xml");
    }

    private BatchLine lineOf(long batchId, long merchantId) {
        List<BatchLine> lines = bankPayouts.lines(batchId);
        return lines.stream()
                .filter(l -> l.merchantId() == merchantId)
                .findFirst()
                .orElse(null);
    }

    private Balances cny(long merchantId) {
        return settlement.balances(merchantId).stream()
                .filter(b -> b.currency().equals("CNY"))
                .findFirst()
                .orElse(new Balances("CNY", 0, 0, 0, 0, 0));
    }

    /** Money released to the merchant, as the ledger's release of an order's share would leave it. */
    private void credit(long merchantId, long amountMinor) {
        transactions.executeWithoutResult(t -> ledger.post(
                JournalEntry.Kind.RELEASE,
                new Refs(null, null, null, null),
                "CNY",
                "test: released share",
                List.of(
                        Leg.debit(AccountKind.BUYER_CLEARING, Ledger.PLATFORM, amountMinor),
                        Leg.credit(AccountKind.MERCHANT_AVAILABLE, merchantId, amountMinor))));
    }

    private static byte[] statusReport(String messageId, String batchMessageId, String accepted, String rejected) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                  <CstmrPmtStsRpt>
                    <GrpHdr><MsgId>%s</MsgId><CreDtTm>2026-12-08T09:15:00+08:00</CreDtTm></GrpHdr>
                    <OrgnlGrpInfAndSts>
                      <OrgnlMsgId>%s</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts>
                    </OrgnlGrpInfAndSts>
                    <OrgnlPmtInfAndSts>
                      <OrgnlPmtInfId>%s</OrgnlPmtInfId>
                      <TxInfAndSts><OrgnlEndToEndId>%s</OrgnlEndToEndId><TxSts>ACCP</TxSts></TxInfAndSts>
                      <TxInfAndSts>
                        <OrgnlEndToEndId>%s</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                        <StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf>
                      </TxInfAndSts>
                    </OrgnlPmtInfAndSts>
                  </CstmrPmtStsRpt>
                </Document>
                """.formatted(messageId, batchMessageId, batchMessageId, accepted, rejected)
                .getBytes(StandardCharsets.UTF_8);
    }
}
