package dataport.settlement;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A mainland merchant's CNY bank account as typed, and the form checks it must pass before it is kept.
 *
 * @param bic the bank's ISO 9362 business identifier code: 4 letters or digits (bank), 2 letters (country, CN for a
 *     mainland bank), 2 letters or digits (location), optionally 3 more (branch) — 8 or 11 characters
 * @param cnaps the bank's 12-digit CNAPS code (China National Advanced Payment System member number)
 * @param accountNumber 8 to 34 digits
 */
public record BankAccountDetails(
        String beneficiaryName, String bankName, String bic, String cnaps, String accountNumber) {

    public static final int MAX_NAME = 140;
    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern CNAPS = Pattern.compile("[0-9]{12}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{8,34}");

    /** Fields of the form, in order; keys of {@link #problems()}. */
    public enum Field {
        BENEFICIARY_NAME,
        BANK_NAME,
        BIC,
        CNAPS,
        ACCOUNT_NUMBER
    }

    /**
     * The same details tidied the way a bank reads them: names trimmed, BIC upper case, spaces and hyphens dropped
     * from BIC, CNAPS code and account number (people type account numbers in groups).
     */
    public BankAccountDetails normalised() {
        return new BankAccountDetails(
                trim(beneficiaryName),
                trim(bankName),
                compact(bic).toUpperCase(Locale.ROOT),
                compact(cnaps),
                compact(accountNumber));
    }

    /** What is wrong, field by field, as translation keys (bundle settlement-bank); empty when the form is fine. */
    public Map<Field, String> problems() {
        BankAccountDetails d = normalised();
        Map<Field, String> problems = new LinkedHashMap<>();
        if (d.beneficiaryName.isEmpty()) {
            problems.put(Field.BENEFICIARY_NAME, "settlement-bank.account.error.beneficiary-required");
        } else if (d.beneficiaryName.length() > MAX_NAME) {
            problems.put(Field.BENEFICIARY_NAME, "settlement-bank.account.error.too-long");
        }
        if (d.bankName.isEmpty()) {
            problems.put(Field.BANK_NAME, "settlement-bank.account.error.bank-required");
        } else if (d.bankName.length() > MAX_NAME) {
            problems.put(Field.BANK_NAME, "settlement-bank.account.error.too-long");
        }
        if (!BIC.matcher(d.bic).matches()) {
            problems.put(Field.BIC, "settlement-bank.account.error.bic");
        } else if (!d.bic.startsWith("CN", 4)) {
            problems.put(Field.BIC, "settlement-bank.account.error.bic-not-cn");
        }
        if (!CNAPS.matcher(d.cnaps).matches()) {
            problems.put(Field.CNAPS, "settlement-bank.account.error.cnaps");
        }
        if (!ACCOUNT.matcher(d.accountNumber).matches()) {
            problems.put(Field.ACCOUNT_NUMBER, "settlement-bank.account.error.account");
        }
        return problems;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("[\\s-]", "");
    }
}
