package dataport.settlement;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Releases the shares whose hold period ended without acceptance or dispute, each in its own transaction. */
@Component
class HoldExpiry {

    private static final Logger log = LoggerFactory.getLogger(HoldExpiry.class);

    private final Settlements settlements;

    HoldExpiry(Settlements settlements) {
        this.settlements = settlements;
    }

    @Scheduled(initialDelayString = "60s", fixedDelayString = "${dataport.settlement.release-interval:60s}")
    @SchedulerLock(name = "settlement.release-due-shares", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void releaseDueShares() {
        releaseDue();
    }

    /** Releases every due share; returns how many were released. */
    int releaseDue() {
        int released = 0;
        for (Long orderId : settlements.due(500)) {
            try {
                if (settlements.releaseIfDue(orderId)) {
                    released++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not release the share of order {}: {}", orderId, e.getMessage());
            }
        }
        return released;
    }
}
