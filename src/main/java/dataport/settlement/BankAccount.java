package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A mainland merchant's registered CNY bank account. A changed account must be verified again before it is paid. */
@Entity
@Table(name = "merchant_bank_account")
class BankAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Column(name = "beneficiary_name", nullable = false)
    private String beneficiaryName;

    @Column(name = "bank_name", nullable = false)
    private String bankName;

    @Column(nullable = false)
    private String bic;

    @Column(nullable = false)
    private String cnaps;

    @Column(name = "account_number", nullable = false)
    private String accountNumber;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BankAccount() {}

    BankAccount(long merchantId, BankAccountDetails details, Instant now) {
        this.merchantId = merchantId;
        change(details, now);
    }

    /** Replaces the details (already checked); a real change clears the verification. True when anything changed. */
    boolean change(BankAccountDetails details, Instant now) {
        BankAccountDetails d = details.normalised();
        if (!d.problems().isEmpty()) {
            throw new IllegalArgumentException("Bank account details not checked: " + d.problems());
        }
        if (d.equals(details())) {
            return false;
        }
        this.beneficiaryName = d.beneficiaryName();
        this.bankName = d.bankName();
        this.bic = d.bic();
        this.cnaps = d.cnaps();
        this.accountNumber = d.accountNumber();
        this.verifiedAt = null;
        this.verifiedBy = null;
        this.updatedAt = now;
        return true;
    }

    /** Staff checked the account with the merchant; refused when it already is verified. */
    void verify(String staff, Instant now) {
        if (verifiedAt != null) {
            throw new IllegalStateException("settlement-bank.account.already-verified");
        }
        this.verifiedAt = now;
        this.verifiedBy = staff;
    }

    BankAccountDetails details() {
        return beneficiaryName == null
                ? null
                : new BankAccountDetails(beneficiaryName, bankName, bic, cnaps, accountNumber);
    }

    BankAccountSummary summary() {
        return new BankAccountSummary(merchantId, details(), verifiedAt != null, verifiedAt, verifiedBy, updatedAt);
    }

    long getMerchantId() {
        return merchantId;
    }

    boolean isVerified() {
        return verifiedAt != null;
    }
}
