package dataport.statistics;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dataport.shared.Activity;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Counts what pages report, leaving out bots (by User-Agent) and anything personal: a row holds the time, the kind,
 * the listing or exhibit, a result position, the query's language and (for searches and clicks) the query text.
 */
@Component
class ActivityRecorder implements Activity {

    /** Query texts longer than this are cut (the search itself reads at most 200 characters). */
    static final int QUERY_LENGTH = 200;

    private final ActivityBuffer buffer;
    private final Clock clock;

    ActivityRecorder(ActivityBuffer buffer, Clock clock) {
        this.buffer = buffer;
        this.clock = clock;
    }

    @Override
    public void listingViewed(long listingId) {
        if (!isBot()) {
            buffer.offer(new ActivityEvent(now(), ActivityKind.VIEW, listingId, null, null, null, null, null));
        }
    }

    @Override
    public void resultsShown(String query, Locale language, List<Long> listingIds, int firstPosition, long total) {
        if (isBot()) {
            return;
        }
        long at = now();
        String lang = lang(language);
        String text = normalise(query);
        // Only the first page counts as a search (paging on is the same search); every page counts impressions.
        if (firstPosition <= 1 && !text.isEmpty()) {
            buffer.offer(new ActivityEvent(at, ActivityKind.SEARCH, null, null, null, lang, text, total));
        }
        int position = firstPosition;
        for (Long id : listingIds) {
            buffer.offer(new ActivityEvent(at, ActivityKind.IMPRESSION, id, null, position++, lang, null, null));
        }
    }

    @Override
    public void resultClicked(long listingId, String query, Locale language, int position) {
        if (!isBot()) {
            buffer.offer(new ActivityEvent(
                    now(), ActivityKind.CLICK, listingId, null, position, lang(language), normalise(query), null));
        }
    }

    @Override
    public void exhibitViewed(long exhibitId) {
        if (!isBot()) {
            buffer.offer(new ActivityEvent(now(), ActivityKind.EXHIBIT, null, exhibitId, null, null, null, null));
        }
    }

    private long now() {
        return clock.millis();
    }

    /** Queries count together whatever their case and spacing. */
    static String normalise(String query) {
        if (query == null) {
            return "";
        }
        String text = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > QUERY_LENGTH ? text.substring(0, QUERY_LENGTH) : text;
    }

    private static String lang(Locale language) {
        return language == null ? "" : language.getLanguage();
    }

    /** A page's request says who asks; server code outside a request (tests, jobs) is not a bot. */
    private static boolean isBot() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            return UserAgents.isBot(request.getHeader("User-Agent"));
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getBrowser() != null) {
            return UserAgents.isBot(session.getBrowser().getBrowserApplication());
        }
        return false;
    }
}
