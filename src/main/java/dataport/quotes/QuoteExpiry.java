package dataport.quotes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records offers whose validity ended as EXPIRED (with a thread entry and mails), each in its own transaction. Readers
 * see such an offer as expired from the moment its last day ends; this only writes it down.
 */
@Component
class QuoteExpiry {

    private static final Logger log = LoggerFactory.getLogger(QuoteExpiry.class);

    private final QuoteService quotes;

    QuoteExpiry(QuoteService quotes) {
        this.quotes = quotes;
    }

    @Scheduled(initialDelayString = "90s", fixedDelayString = "${dataport.quotes.expiry-interval:10m}")
    @SchedulerLock(name = "quotes.expire-due-offers", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    void expireDueOffers() {
        expireDue();
    }

    /** Expires every due offer; returns how many. */
    int expireDue() {
        int expired = 0;
        for (Long id : quotes.dueToExpire()) {
            try {
                if (quotes.expireIfDue(id)) {
                    expired++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not expire the offer of request {}: {}", id, e.getMessage());
            }
        }
        return expired;
    }
}
