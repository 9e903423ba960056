package dataport.settlement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts journal entries: one balanced entry per money movement, in the caller's transaction (so the entry commits or
 * rolls back with the state change that caused it). The entry's accounts are locked in a fixed order while their
 * running balances move, so concurrent postings neither deadlock nor lose an update.
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
        List<Leg> ordered = new ArrayList<>(nonZero);
        ordered.sort(Comparator.comparing((Leg l) -> l.kind().ordinal()).thenComparingLong(Leg::party));
        for (Leg leg : ordered) {
            LedgerAccount account = lockedAccount(leg.kind(), leg.party(), currency);
            account.apply(leg.amount());
            lines.save(new JournalLine(entry.getId(), account.getId(), currency, leg.amount()));
        }
        return entry.getId();
    }

    /** The account, created if new, locked for the rest of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    LedgerAccount lockedAccount(AccountKind kind, long party, String currency) {
        return accounts.findForUpdate(kind, party, currency).orElseGet(() -> {
            accounts.ensure(kind.name(), party, currency);
            return accounts.findForUpdate(kind, party, currency).orElseThrow();
        });
    }

    /** The account's balance as people read it; 0 for an account that has no lines yet. */
    long shownBalance(AccountKind kind, long party, String currency) {
        return accounts.findByKindAndPartyIdAndCurrency(kind, party, currency)
                .map(LedgerAccount::shownBalance)
                .orElse(0L);
    }
}
