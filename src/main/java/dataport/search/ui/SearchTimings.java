package dataport.search.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where one search's server time goes, step by step: one DEBUG line per search on the logger
 * {@code dataport.search.timing} (off by default; README "Where a search's server time goes" says how the breakdown
 * was made from these lines): the whole Vaadin request (from its start to its answer written, session lock and
 * routing included), then the view's steps. Costs nothing but a level check while the logger is off.
 */
final class SearchTimings {

    private static final Logger log = LoggerFactory.getLogger("dataport.search.timing");
    private static final String STARTED = SearchTimings.class.getName() + ".started";
    private static final String LINE = SearchTimings.class.getName() + ".line";

    private final long start = System.nanoTime();
    private long last = start;
    /** Null while the logger is off: then nothing is measured. */
    private final StringBuilder steps = log.isDebugEnabled() ? new StringBuilder(160) : null;

    /** The time since the previous step (or the start) belongs to {@code step}. */
    void lap(String step) {
        if (steps == null) {
            return;
        }
        long now = System.nanoTime();
        steps.append(' ').append(step).append('=').append((now - last) / 1_000).append("us");
        last = now;
    }

    /**
     * Ends the steps: {@code what}, their total, then every step in microseconds; written when the Vaadin request
     * ends (with the request's own total), or at once outside a request.
     */
    void done(String what) {
        if (steps == null) {
            return;
        }
        String line = what + " view=" + (System.nanoTime() - start) / 1_000 + "us" + steps;
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(STARTED) != null) {
            request.setAttribute(LINE, line);
        } else {
            log.debug("{}", line);
        }
    }

    /** Notes when each Vaadin request starts, and writes a search's line with the request's total when it ends. */
    @Component
    static class RequestClock implements VaadinServiceInitListener {

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
                @Override
                public void requestStart(VaadinRequest request, VaadinResponse response) {
                    if (log.isDebugEnabled()) {
                        request.setAttribute(STARTED, System.nanoTime());
                    }
                }

                @Override
                public void handleException(
                        VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {}

                @Override
                public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                    if (request.getAttribute(LINE) instanceof String line
                            && request.getAttribute(STARTED) instanceof Long started) {
                        log.debug("{} request={}us", line, (System.nanoTime() - started) / 1_000);
                    }
                }
            });
        }
    }
}
