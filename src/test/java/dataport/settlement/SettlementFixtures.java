package dataport.settlement;

import java.time.Clock;
import org.springframework.context.ApplicationContext;

/** The settlement core on the application's database, with a clock of the test's own (hold periods pass at will). */
final class SettlementFixtures {

    private SettlementFixtures() {}

    static Settlements settlements(ApplicationContext context, Clock clock, int holdDays) {
        Ledger ledger = new Ledger(
                context.getBean(LedgerAccounts.class),
                context.getBean(JournalEntries.class),
                context.getBean(JournalLines.class),
                clock);
        return new Settlements(
                context.getBean(OrderSettlements.class),
                context.getBean(Disputes.class),
                context.getBean(PlatformFees.class),
                context.getBean(JournalEntries.class),
                ledger,
                context,
                clock,
                holdDays);
    }
}
