package dataport.settlement;

import dataport.accounts.CurrentUser;
import dataport.audit.AuditService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.settlement.BankAccountDetails.Field;
import dataport.settlement.internal.bank.BankFileException;
import dataport.settlement.internal.bank.BankReasons;
import dataport.settlement.internal.bank.CreditTransferBatch;
import dataport.settlement.internal.bank.CreditTransferBatch.CreditTransfer;
import dataport.settlement.internal.bank.CreditTransferBatch.PlatformAccount;
import dataport.settlement.internal.bank.Pain001Writer;
import dataport.settlement.internal.bank.Pain002Reader;
import dataport.settlement.internal.bank.PaymentStatusReport;
import dataport.settlement.internal.bank.PaymentStatusReport.Outcome;
import dataport.settlement.internal.bank.PaymentStatusReport.Reason;
import dataport.shared.Bilingual;
import dataport.shared.ui.Translations;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payout rail 2: mainland merchants (country CN) are paid in CNY by ISO 20022 bank file. A merchant registers a bank
 * account; staff verify it; a staff batch opens one payout per verified merchant with CNY available
 * ({@link Payouts#open}, AVAILABLE → IN_TRANSIT) and writes the pain.001 file; the bank's pain.002 report marks each
 * payout paid or failed ({@link Payouts#markFailed} returns the money to AVAILABLE). A report is applied once: the same
 * message id or the same bytes again change nothing.
 */
@Service
public class BankPayouts {

    public static final String CURRENCY = "CNY";
    private static final DateTimeFormatter BATCH_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BankAccounts accounts;
    private final PayoutBatches batches;
    private final Payouts payouts;
    private final SettlementService settlement;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final Translations translations;
    private final Clock clock;
    private final PlatformAccount platform;

    BankPayouts(
            BankAccounts accounts,
            PayoutBatches batches,
            Payouts payouts,
            SettlementService settlement,
            MerchantService merchants,
            CurrentUser currentUser,
            AuditService audit,
            JdbcClient jdbc,
            Translations translations,
            Clock clock,
            @Value("${dataport.settlement.bank.platform-name:DataPort Platform Ltd}") String platformName,
            @Value("${dataport.settlement.bank.platform-account:11014567890001}") String platformAccount,
            @Value("${dataport.settlement.bank.platform-bic:ICBKCNBJSHI}") String platformBic,
            @Value("${dataport.settlement.bank.platform-cnaps:102290012345}") String platformCnaps) {
        this.accounts = accounts;
        this.batches = batches;
        this.payouts = payouts;
        this.settlement = settlement;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.translations = translations;
        this.clock = clock;
        this.platform = new PlatformAccount(platformName, platformAccount, platformBic, platformCnaps);
    }

    /** Translation key (bundle settlement-bank) that explains a bank reason code in plain words; param 0 = code. */
    public static String reasonKey(String code) {
        return BankReasons.key(code);
    }

    // ---- the merchant's side --------------------------------------------------------------------------------------

    /** Whether the signed-in merchant is paid by bank file (mainland China, country CN). */
    @PreAuthorize("hasRole('MERCHANT')")
    @Transactional(readOnly = true)
    public boolean myMerchantIsPaidByBankFile() {
        return isMainland(myMerchant());
    }

    @PreAuthorize("hasRole('MERCHANT')")
    @Transactional(readOnly = true)
    public Optional<BankAccountSummary> myAccount() {
        return accounts.findByMerchantId(myMerchant().id()).map(BankAccount::summary);
    }

    /**
     * Registers or changes the signed-in merchant's bank account. Returns the form's problems (translation keys per
     * field) and keeps nothing when there are any; a changed account needs staff verification again.
     */
    @PreAuthorize("hasRole('MERCHANT')")
    @Transactional
    public Map<Field, String> saveMyAccount(BankAccountDetails details) {
        Map<Field, String> problems = details.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        MerchantSummary merchant = myMerchant();
        if (!isMainland(merchant)) {
            throw new AccessDeniedException("Only mainland merchants are paid by bank file");
        }
        Instant now = clock.instant();
        Optional<BankAccount> existing = accounts.findForUpdate(merchant.id());
        if (existing.isEmpty()) {
            BankAccount created = accounts.save(new BankAccount(merchant.id(), details, now));
            audit.record("bank-account.registered", "merchant", merchant.id().toString(), null, describe(created));
        } else {
            BankAccount account = existing.get();
            String before = describe(account);
            if (account.change(details, now)) {
                audit.record("bank-account.changed", "merchant", merchant.id().toString(), before, describe(account));
            }
        }
        return Map.of();
    }

    // ---- staff ----------------------------------------------------------------------------------------------------

    /** Every registered account, unverified first, with the merchant's name (English) and CNY available. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountForStaff> accountsForStaff() {
        List<BankAccount> all = accounts.findAllForStaff();
        var names =
                merchants.findAll(all.stream().map(BankAccount::getMerchantId).toList());
        return all.stream()
                .map(a -> new AccountForStaff(
                        a.summary(),
                        names.containsKey(a.getMerchantId())
                                ? names.get(a.getMerchantId()).name()
                                : Bilingual.of("#" + a.getMerchantId(), null),
                        settlement.available(a.getMerchantId(), CURRENCY)))
                .toList();
    }

    /** Staff confirm the merchant's account (e.g. after a call); only verified accounts are paid. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void verify(long merchantId) {
        BankAccount account = accounts.findForUpdate(merchantId)
                .orElseThrow(() -> new IllegalArgumentException("No bank account of merchant " + merchantId));
        account.verify(audit.currentActor(), clock.instant());
        audit.record("bank-account.verified", "merchant", Long.toString(merchantId), null, describe(account));
    }

    /**
     * Opens a payout of the whole CNY available balance of every mainland merchant with a verified account and
     * writes the pain.001 file of them, all in one transaction: if the file cannot be written (schema), nothing is
     * opened. Empty when nobody has money to be paid.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<PayoutBatchSummary> runBatch() {
        Instant now = clock.instant();
        List<BankAccount> payable = new ArrayList<>();
        for (BankAccount account : accounts.findVerified()) {
            if (settlement.available(account.getMerchantId(), CURRENCY) > 0
                    && merchants
                            .find(account.getMerchantId())
                            .map(this::isMainland)
                            .orElse(false)) {
                payable.add(account);
            }
        }
        if (payable.isEmpty()) {
            return Optional.empty();
        }
        String messageId = "DP-" + BATCH_STAMP.format(now.atZone(ZoneId.of("Asia/Shanghai")));
        if (batches.findByMessageId(messageId).isPresent()) {
            messageId = messageId + "-" + Long.toString(now.toEpochMilli() % 1000);
        }
        PayoutBatch batch = batches.saveAndFlush(new PayoutBatch(messageId, CURRENCY, audit.currentActor(), now));
        List<CreditTransfer> transfers = new ArrayList<>();
        long total = 0;
        for (BankAccount account : payable) {
            long amount = settlement.available(account.getMerchantId(), CURRENCY);
            long payoutId =
                    payouts.open(account.getMerchantId(), CURRENCY, amount, PayoutRail.BANK_FILE, null, batch.getId());
            String endToEndId = "DP-PAYOUT-" + payoutId;
            BankAccountDetails d = account.details();
            transfers.add(new CreditTransfer(
                    endToEndId,
                    amount,
                    d.beneficiaryName(),
                    d.bankName(),
                    d.bic(),
                    d.cnaps(),
                    d.accountNumber(),
                    "DataPort payout " + payoutId));
            jdbc.sql("""
                            INSERT INTO bank_payout_line (payout_id, batch_id, merchant_id, end_to_end_id,
                              amount_minor, beneficiary_name, account_number)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            payoutId,
                            batch.getId(),
                            account.getMerchantId(),
                            endToEndId,
                            amount,
                            d.beneficiaryName(),
                            d.accountNumber())
                    .update();
            total = Math.addExact(total, amount);
        }
        LocalDate executionDate = now.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        String xml = Pain001Writer.write(
                new CreditTransferBatch(messageId, now, executionDate, CURRENCY, platform, transfers));
        batch.attachFile(xml, transfers.size(), total);
        audit.record(
                "bank-payout-batch.created",
                "bank-payout-batch",
                batch.getId().toString(),
                null,
                messageId + " " + transfers.size() + " payouts, " + total + " " + CURRENCY + " minor units");
        return Optional.of(batch.summary());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PayoutBatchSummary> batches(int limit) {
        return batches.findLatest(PageRequest.of(0, limit)).stream()
                .map(PayoutBatch::summary)
                .toList();
    }

    /** The batch's pain.001 file (UTF-8 XML), as written when the batch ran. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public BatchFile file(long batchId) {
        PayoutBatch batch =
                batches.findById(batchId).orElseThrow(() -> new IllegalArgumentException("No batch " + batchId));
        return new BatchFile(batch.getMessageId() + ".pain.001.xml", batch.getFileXml());
    }

    /** Each payout of a batch with its merchant, amount and status (and the bank's reason when it failed). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<BatchLine> lines(long batchId) {
        List<BatchLine> lines = new ArrayList<>();
        jdbc.sql("""
                        SELECT payout_id, merchant_id, end_to_end_id, amount_minor, beneficiary_name
                        FROM bank_payout_line WHERE batch_id = ? ORDER BY payout_id""")
                .param(batchId)
                .query((rs, n) -> {
                    long payoutId = rs.getLong(1);
                    lines.add(new BatchLine(
                            payoutId,
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            payouts.find(payoutId).orElseThrow()));
                    return null;
                })
                .list();
        return lines;
    }

    /**
     * Applies the bank's pain.002 status report: accepted payouts become paid (with their end-to-end id as
     * reference), rejected ones failed with the reason code and its plain English words (pages translate the code).
     * A report already applied (same message id or same bytes) changes nothing and says so.
     *
     * @throws BankReportRefused with a translation key when the file is not a valid pain.002 for one of our batches
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReportResult applyReport(byte[] bytes) {
        PaymentStatusReport report;
        try {
            report = Pain002Reader.read(bytes);
        } catch (BankFileException e) {
            throw new BankReportRefused(e.messageKey(), e.params());
        }
        String sha = sha256(bytes);
        boolean seen = jdbc.sql("SELECT COUNT(*) FROM bank_status_report WHERE message_id = ? OR sha256 = ?")
                        .params(report.messageId(), sha)
                        .query(Long.class)
                        .single()
                > 0;
        if (seen) {
            return new ReportResult(report.messageId(), report.originalMessageId(), true, 0, 0, 0);
        }
        PayoutBatch batch = batches.findByMessageId(report.originalMessageId())
                .orElseThrow(() ->
                        new BankReportRefused("settlement-bank.report.unknown-batch", report.originalMessageId()));
        Map<String, Long> payoutByEndToEnd = new java.util.HashMap<>();
        jdbc.sql("SELECT end_to_end_id, payout_id FROM bank_payout_line WHERE batch_id = ?")
                .param(batch.getId())
                .query((rs, n) -> payoutByEndToEnd.put(rs.getString(1), rs.getLong(2)))
                .list();

        int paid = 0;
        int failed = 0;
        int unchanged = 0;
        List<PaymentStatusReport.TransactionStatus> statuses = new ArrayList<>(report.transactions());
        if (report.groupRejected()) {
            // The whole file was refused: every payout the report does not list separately failed for the group reason.
            var listed = statuses.stream()
                    .map(PaymentStatusReport.TransactionStatus::endToEndId)
                    .toList();
            payoutByEndToEnd.keySet().stream()
                    .filter(e -> !listed.contains(e))
                    .sorted()
                    .forEach(e ->
                            statuses.add(new PaymentStatusReport.TransactionStatus(e, "RJCT", report.groupReasons())));
        }
        for (var status : statuses) {
            Long payoutId = payoutByEndToEnd.get(status.endToEndId());
            if (payoutId == null) {
                unchanged++;
                continue;
            }
            PayoutSummary payout = payouts.find(payoutId).orElseThrow();
            if (payout.status() != PayoutStatus.IN_TRANSIT || status.outcome() == Outcome.NO_CHANGE) {
                unchanged++;
                continue;
            }
            if (status.outcome() == Outcome.PAID) {
                payouts.markPaid(payoutId, status.endToEndId());
                paid++;
            } else {
                Reason reason =
                        status.reasons().isEmpty() ? null : status.reasons().getFirst();
                String code = reason == null || reason.code() == null ? "NARR" : reason.code();
                payouts.markFailed(payoutId, code, plainEnglish(code, reason));
                failed++;
            }
        }
        batch.settled(paid, failed);
        jdbc.sql("""
                        INSERT INTO bank_status_report (batch_id, message_id, sha256, paid_count, failed_count,
                          unchanged_count, received_at, received_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        batch.getId(),
                        report.messageId(),
                        sha,
                        paid,
                        failed,
                        unchanged,
                        java.sql.Timestamp.from(clock.instant()),
                        audit.currentActor())
                .update();
        audit.record(
                "bank-status-report.applied",
                "bank-payout-batch",
                batch.getId().toString(),
                null,
                report.messageId() + ": " + paid + " paid, " + failed + " failed, " + unchanged + " unchanged");
        return new ReportResult(report.messageId(), report.originalMessageId(), false, paid, failed, unchanged);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private String plainEnglish(String code, Reason reason) {
        String words = translations.getTranslation(reasonKey(code), java.util.Locale.ENGLISH, code);
        if (reason != null && reason.additionalInformation() != null) {
            words = words + " (" + reason.additionalInformation() + ")";
        }
        return words;
    }

    private MerchantSummary myMerchant() {
        return merchants
                .findForMember(currentUser.require().id())
                .orElseThrow(() -> new AccessDeniedException("Not a merchant's member"));
    }

    private boolean isMainland(MerchantSummary merchant) {
        return "CN".equalsIgnoreCase(merchant.countryCode());
    }

    private static String describe(BankAccount account) {
        BankAccountDetails d = account.details();
        String number = d.accountNumber();
        String masked = "…" + number.substring(Math.max(0, number.length() - 4));
        return d.beneficiaryName() + " / " + d.bankName() + " / " + d.bic() + " / " + d.cnaps() + " / " + masked
                + (account.isVerified() ? " (verified)" : "");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A registered account on the staff page. */
    public record AccountForStaff(BankAccountSummary account, Bilingual merchantName, long availableMinor) {}

    public record BatchFile(String fileName, String xml) {}

    public record BatchLine(
            long payoutId,
            long merchantId,
            String endToEndId,
            long amountMinor,
            String beneficiaryName,
            PayoutSummary payout) {}

    /** What an uploaded report changed; {@code alreadyApplied} when it had been uploaded before (nothing changed). */
    public record ReportResult(
            String messageId, String batchMessageId, boolean alreadyApplied, int paid, int failed, int unchanged) {}

    /** A report the page must refuse, with a translation key (bundle settlement-bank) and its parameters. */
    public static class BankReportRefused extends RuntimeException {
        private final String messageKey;
        private final Object[] params;

        public BankReportRefused(String messageKey, Object... params) {
            super(messageKey);
            this.messageKey = messageKey;
            this.params = params;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] params() {
            return params.clone();
        }
    }
}
