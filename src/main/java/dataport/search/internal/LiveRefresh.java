package dataport.search.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes live listing changes searchable sooner than the index's refresh interval (1 s) would: after index writes, one
 * refresh of the alias at most every {@code dataport.search.live-refresh-ms} (200 ms by default). Coalesced, not a
 * refresh per write: a burst of thousands of changes still costs at most five refreshes a second, while a single
 * change is searchable within about a quarter of a second of reaching the index.
 */
@Component
class LiveRefresh {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);

    private final ListingIndex index;
    private final AtomicBoolean written = new AtomicBoolean();

    LiveRefresh(ListingIndex index) {
        this.index = index;
    }

    void written() {
        written.set(true);
    }

    @Scheduled(fixedDelayString = "${dataport.search.live-refresh-ms:200}")
    void refreshIfWritten() {
        if (!written.getAndSet(false)) {
            return;
        }
        try {
            index.refresh();
        } catch (Exception e) {
            // The index's own refresh interval still makes the change searchable within a second.
            log.debug("Live refresh failed ({})", e.toString());
        }
    }
}
