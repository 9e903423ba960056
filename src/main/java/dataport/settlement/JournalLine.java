package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of a journal entry: a signed amount (debit +, credit −) on one account. Append-only. */
@Entity
@Immutable
@Table(name = "journal_line")
class JournalLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    protected JournalLine() {}

    JournalLine(long entryId, long accountId, String currency, long amountMinor) {
        this.entryId = entryId;
        this.accountId = accountId;
        this.currency = currency;
        this.amountMinor = amountMinor;
    }

    long getEntryId() {
        return entryId;
    }

    long getAccountId() {
        return accountId;
    }

    String getCurrency() {
        return currency;
    }

    long getAmountMinor() {
        return amountMinor;
    }
}
