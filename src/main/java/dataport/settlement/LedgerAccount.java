package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One account of one party in one currency; its balance is the signed sum of its journal lines. */
@Entity
@Table(name = "ledger_account")
class LedgerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccountKind kind;

    @Column(name = "party_id", nullable = false, updatable = false)
    private long partyId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "balance_minor", nullable = false)
    private long balanceMinor;

    protected LedgerAccount() {}

    /** Adds one posted line to the running balance (only {@link Ledger} posts, inside the entry's transaction). */
    void apply(long signedAmount) {
        this.balanceMinor = Math.addExact(balanceMinor, signedAmount);
    }

    Long getId() {
        return id;
    }

    AccountKind getKind() {
        return kind;
    }

    long getPartyId() {
        return partyId;
    }

    String getCurrency() {
        return currency;
    }

    /** Signed sum of the lines (debit +, credit −). */
    long getBalanceMinor() {
        return balanceMinor;
    }

    /** The balance as people read it (credit-normal accounts negated). */
    long shownBalance() {
        return kind.shown(balanceMinor);
    }
}
