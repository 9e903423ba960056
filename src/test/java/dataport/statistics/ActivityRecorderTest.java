package dataport.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a page reports is queued for a person and left out for a crawler, without touching the database. */
class ActivityRecorderTest {

    static final String CHROME =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    static final String BAIDU = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)";

    final ActivityBuffer buffer = new ActivityBuffer(null, 100);
    final ActivityRecorder recorder =
            new ActivityRecorder(buffer, Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void leaveTheRequest() {
        CurrentInstance.clearAll();
    }

    @Test
    void aPersonsViewsSearchesAndClicksAreQueued() {
        requestFrom(CHROME);

        recorder.listingViewed(7);
        recorder.resultsShown("Weather  DATA", Locale.ENGLISH, List.of(7L, 8L), 1, 2);
        recorder.resultClicked(7, "weather data", Locale.ENGLISH, 1);
        recorder.exhibitViewed(3);

        // A view, a search, two impressions, a click, an exhibit view.
        assertThat(buffer.queued()).isEqualTo(6);
    }

    @Test
    void aCrawlersViewsSearchesAndClicksAreLeftOut() {
        requestFrom(BAIDU);

        recorder.listingViewed(7);
        recorder.resultsShown("weather data", Locale.ENGLISH, List.of(7L, 8L), 1, 2);
        recorder.resultClicked(7, "weather data", Locale.ENGLISH, 1);
        recorder.exhibitViewed(3);

        assertThat(buffer.queued()).isZero();
    }

    @Test
    void aRequestWithoutAUserAgentIsLeftOut() {
        requestFrom(null);

        recorder.listingViewed(7);

        assertThat(buffer.queued()).isZero();
    }

    private static void requestFrom(String userAgent) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader("User-Agent")).thenReturn(userAgent);
        CurrentInstance.set(VaadinRequest.class, request);
    }
}
