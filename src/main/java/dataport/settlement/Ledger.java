package dataport.settlement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts journal entries: one balanced entry per money movement, in the caller's transaction (so the entry commits or
 * rolls back with the state change that caused it). The entry's accounts are locked in a fixed order while their
 * running balances move, so concurrent postings neither deadlock nor lose an update.
 *
 * <p>Locks are taken in the order of the accounts' unique key (kind name, party; one currency per entry), and an account
 * comes into being before it is locked: a plain read (no lock) finds a missing one and an insert creates it, whose
 * duplicate-key path takes an exclusive lock (never a shared one a second creator would also hold and then both try to
 * upgrade). A locking read of a missing row would take a gap lock at REPEATABLE READ instead, and two payments creating
 * one merchant's accounts at once deadlocked on each other's insert. With every lock taken in key order, gaps included,
 * no cycle can form. Merchants' accounts are also opened when an order is placed ({@link AccountOpening}), so a payment
 * seldom creates any.
 */
@Component
class Ledger {

    /** The platform's own accounts belong to party 0. */
    static final long PLATFORM = 0L;

    private final LedgerAccounts accounts;
    private final JournalEntries entries;
    private final JournalLines lines;
    private final Clock clock;

    Ledger(LedgerAccounts accounts, JournalEntries entries, JournalLines lines, Clock clock) {
        this.accounts = accounts;
        this.entries = entries;
        this.lines = lines;
        this.clock = clock;
    }

    /** One line of an entry to be: a signed amount (debit +, credit −) on an account of a party. */
    record Leg(AccountKind kind, long party, long amount) {

        static Leg debit(AccountKind kind, long party, long amount) {
            return new Leg(kind, party, amount);
        }

        static Leg credit(AccountKind kind, long party, long amount) {
            return new Leg(kind, party, Math.negateExact(amount));
        }
    }

    /** What an entry refers to. */
    record Refs(Long orderId, Long payoutId, Long disputeId, String refundRef) {

        static Refs order(long orderId) {
            return new Refs(orderId, null, null, null);
        }

        static Refs payout(long payoutId, Long orderId) {
            return new Refs(orderId, payoutId, null, null);
        }
    }

    /**
     * Writes one entry in one currency. Zero legs are dropped; the rest must sum to zero (else nothing is written and
     * IllegalArgumentException says so). Returns the entry's id, or null when every leg was zero.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Long post(JournalEntry.Kind kind, Refs refs, String currency, String memo, List<Leg> legs) {
        Objects.requireNonNull(currency, "currency");
        List<Leg> nonZero = legs.stream().filter(l -> l.amount() != 0).toList();
        long sum = 0;
        for (Leg leg : nonZero) {
            sum = Math.addExact(sum, leg.amount());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("Unbalanced " + kind + " entry in " + currency + ": " + legs);
        }
        if (nonZero.isEmpty()) {
            return null;
        }
        JournalEntry entry = entries.save(new JournalEntry(
                kind, refs.orderId(), refs.payoutId(), refs.disputeId(), refs.refundRef(), memo, clock.instant()));
        Map<Leg, LedgerAccount> locked = new HashMap<>();
        nonZero.stream()
                .sorted(Comparator.comparing((Leg l) -> l.kind().name()).thenComparingLong(Leg::party))
                .forEach(leg -> locked.put(leg, lockedAccount(leg.kind(), leg.party(), currency)));
        List<Leg> ordered = new ArrayList<>(nonZero);
        ordered.sort(Comparator.comparing((Leg l) -> l.kind().ordinal()).thenComparingLong(Leg::party));
        for (Leg leg : ordered) {
            LedgerAccount account = locked.get(leg);
            account.apply(leg.amount());
            lines.save(new JournalLine(entry.getId(), account.getId(), currency, leg.amount()));
        }
        return entry.getId();
    }

    /** The account, created if new, locked for the rest of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    LedgerAccount lockedAccount(AccountKind kind, long party, String currency) {
        open(kind, party, currency);
        return accounts.findForUpdate(kind, party, currency).orElseThrow();
    }

    /**
     * Opens a merchant's accounts in a currency, and the platform's, unless they exist (the caller's transaction, or a
     * new one). Nothing is locked when they all exist.
     */
    @Transactional
    void openAccounts(long merchantId, String currency) {
        Arrays.stream(AccountKind.values())
                .sorted(Comparator.comparing(AccountKind::name))
                .forEach(kind -> open(kind, kind.merchant() ? merchantId : PLATFORM, currency));
    }

    /** Creates the account when a plain read (which takes no lock) does not find it. */
    private void open(AccountKind kind, long party, String currency) {
        if (!accounts.existsByKindAndPartyIdAndCurrency(kind, party, currency)) {
            accounts.ensure(kind.name(), party, currency);
        }
    }

    /** The account's balance as people read it; 0 for an account that has no lines yet. */
    long shownBalance(AccountKind kind, long party, String currency) {
        return accounts.findByKindAndPartyIdAndCurrency(kind, party, currency)
                .map(LedgerAccount::shownBalance)
                .orElse(0L);
    }
}
