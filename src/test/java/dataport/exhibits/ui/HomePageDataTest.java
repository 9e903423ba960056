package dataport.exhibits.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dataport.catalog.BrowseService;
import dataport.catalog.CatalogService;
import dataport.exhibits.ExhibitChanged;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ExhibitSummary;
import dataport.shared.Bilingual;
import dataport.shared.HeadlineFigures;
import dataport.shared.HeadlineFigures.Headline;
import dataport.shared.ListingRatings;
import dataport.shared.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HomePageDataTest {

    private static final Duration KEEP = Duration.ofSeconds(30);

    private final ExhibitService exhibits = mock(ExhibitService.class);
    private final CatalogService catalog = mock(CatalogService.class);
    private final BrowseService browse = mock(BrowseService.class);
    private final HeadlineFigures figures = mock(HeadlineFigures.class);
    private final ListingRatings ratings = mock(ListingRatings.class);
    private final TestClock clock = new TestClock(Instant.parse("2026-12-08T02:00:00Z"));
    private final HomePageData data = new HomePageData(exhibits, catalog, browse, figures, ratings, clock, KEEP);

    /** Each read's headline counts its listings 1, 2, 3 ...: which read a visitor was shown. */
    private final AtomicLong reads = new AtomicLong();

    private final AtomicBoolean slowReads = new AtomicBoolean();
    private final CountDownLatch readStarted = new CountDownLatch(1);
    private final CountDownLatch readMayEnd = new CountDownLatch(1);
    private final ExecutorService visitors = Executors.newFixedThreadPool(8);

    HomePageDataTest() {
        when(figures.headline()).thenAnswer(call -> {
            if (slowReads.get()) {
                readStarted.countDown();
                readMayEnd.await(10, TimeUnit.SECONDS);
            }
            return new Headline(reads.incrementAndGet(), 0, 0, 0);
        });
    }

    @AfterEach
    void stopVisitors() {
        readMayEnd.countDown();
        visitors.shutdownNow();
    }

    @Test
    void isReadOnceForAllVisitorsUntilTheKeepTimeIsUp() {
        data.now();
        clock.advance(KEEP.minusSeconds(1));
        assertThat(data.now().figures().listings()).isEqualTo(1);
        verify(catalog, times(1)).recentlyPublished(HomeView.RECENT);
        verify(browse, times(1)).tracks();

        clock.advance(Duration.ofSeconds(1));
        assertThat(data.now().figures().listings()).isEqualTo(2);
        verify(catalog, times(2)).recentlyPublished(HomeView.RECENT);
    }

    @Test
    void aScheduledExhibitAppearsAndEndsWhenItsScheduleSays() {
        Instant start = clock.instant().plusSeconds(10);
        Instant end = start.plusSeconds(15);
        ExhibitSummary winter = exhibit("winter-week", start, end);
        when(exhibits.liveBetween(any(), any())).thenReturn(List.of(winter));

        assertThat(data.now().live()).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(data.now().live()).containsExactly(winter);
        clock.advance(Duration.ofSeconds(15).minusMillis(1));
        assertThat(data.now().live()).containsExactly(winter);
        clock.advance(Duration.ofMillis(1));
        assertThat(data.now().live()).isEmpty();
        // Read again at the start and the end, so that the featured merchants picked from live exhibits follow.
        verify(exhibits, times(3)).featuredMerchants(HomeView.FEATURED_PER_ORIGIN);
    }

    @Test
    void hallsAreShownOnlyWhileLiveToo() {
        ExhibitSummary always = exhibit("hall-cloud", null, null);
        ExhibitSummary later = exhibit("hall-quantum", clock.instant().plusSeconds(5), null);
        when(exhibits.hallsBetween(any(), any())).thenReturn(List.of(always, later));

        assertThat(data.now().halls()).containsExactly(always);
        clock.advance(Duration.ofSeconds(5));
        assertThat(data.now().halls()).containsExactly(always, later);
    }

    @Test
    void holdsTheExhibitsOfTwoKeepTimesSoThatTheOldCopyIsRightWhileTheNextIsRead() {
        Instant from = clock.instant();
        data.now();

        verify(exhibits).liveBetween(from, from.plus(KEEP.multipliedBy(2)));
        verify(exhibits).hallsBetween(from, from.plus(KEEP.multipliedBy(2)));
    }

    @Test
    void anExhibitChangeOnThisNodeIsShownToTheNextVisitor() {
        data.now();
        data.on(new ExhibitChanged(7));

        assertThat(data.now().figures().listings()).isEqualTo(2);
        assertThat(data.now().figures().listings()).isEqualTo(2);
    }

    @Test
    void oneVisitorReadsTheNextCopyWhileTheOthersAreShownTheOldOne() throws Exception {
        data.now();
        clock.advance(KEEP);
        slowReads.set(true);

        Future<HomePageData.Content> reader = visitors.submit(data::now);
        assertThat(readStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<HomePageData.Content>> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(visitors.submit(data::now));
        }
        for (Future<HomePageData.Content> other : others) {
            assertThat(other.get(5, TimeUnit.SECONDS).figures().listings()).isEqualTo(1);
        }
        readMayEnd.countDown();

        assertThat(reader.get(10, TimeUnit.SECONDS).figures().listings()).isEqualTo(2);
        assertThat(data.now().figures().listings()).isEqualTo(2);
        verify(figures, times(2)).headline();
    }

    @Test
    void visitorsBeforeTheFirstCopyWaitForOneRead() throws Exception {
        slowReads.set(true);

        List<Future<HomePageData.Content>> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(visitors.submit(data::now));
        }
        assertThat(readStarted.await(10, TimeUnit.SECONDS)).isTrue();
        readMayEnd.countDown();

        for (Future<HomePageData.Content> visitor : all) {
            assertThat(visitor.get(10, TimeUnit.SECONDS).figures().listings()).isEqualTo(1);
        }
        verify(figures, times(1)).headline();
        verify(catalog, times(1)).recentlyPublished(anyInt());
    }

    @Test
    void aCopyReadWhileStaffChangedAnExhibitIsNotKept() throws Exception {
        slowReads.set(true);
        Future<HomePageData.Content> reader = visitors.submit(data::now);
        assertThat(readStarted.await(10, TimeUnit.SECONDS)).isTrue();

        data.on(new ExhibitChanged(7));
        readMayEnd.countDown();
        reader.get(10, TimeUnit.SECONDS);

        assertThat(data.now().figures().listings()).isEqualTo(2);
    }

    private static ExhibitSummary exhibit(String slug, Instant start, Instant end) {
        return new ExhibitSummary(
                slug,
                null,
                Bilingual.of(slug, slug),
                Bilingual.of(null, null),
                "#336699",
                null,
                null,
                null,
                start,
                end,
                ZoneId.of("Asia/Shanghai"),
                3);
    }
}
