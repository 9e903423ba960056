package dataport.statistics;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that moves whenever the figures the statistics pages read change: after each day's roll-up, a month's
 * rebuild and each newly counted order, once their transaction has committed (so a reader that sees the new number
 * also sees the new rows). Caches of drawn figures ({@link FigureCache}) keep what they drew for one number only.
 * In memory: a restarted node starts with empty caches anyway.
 */
@Component
public class StatisticsGeneration {

    private final AtomicLong generation = new AtomicLong();

    public long current() {
        return generation.get();
    }

    /** The figures changed: moves the number now, or when the current transaction commits. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    generation.incrementAndGet();
                }
            });
        } else {
            generation.incrementAndGet();
        }
    }
}
