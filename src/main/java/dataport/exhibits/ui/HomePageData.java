package dataport.exhibits.ui;

import dataport.catalog.BrowseService;
import dataport.catalog.BrowseService.TrackOverview;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.exhibits.ExhibitChanged;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ExhibitSummary;
import dataport.merchants.MerchantSummary;
import dataport.shared.HeadlineFigures;
import dataport.shared.ListingRatings;
import dataport.shared.RatingSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the home page shows, read once for all its visitors and kept by this node for {@code dataport.home-page.keep}
 * (30 s; one copy per node, none per session): the exhibits, headline figures, halls, featured merchants, tracks with
 * their counts and the newest listings with their ratings. Before, every visitor's {@link HomeView} read all of it
 * afresh: 7.8 % of the site's CPU samples with 200 simulated buyers (README "Home LCP"). It is all public and the
 * same for everyone; the texts carry both languages, so one copy serves both.
 *
 * <p>Up to the keep time old: a listing published or withdrawn, the counts and figures, a merchant's name or status,
 * the number of items on a tile; on the other nodes of a cluster also staff's exhibit changes. On time, as without the
 * copy: which exhibits and halls are live. The copy holds every exhibit live at some moment of the next two keep times
 * and each request shows those live at its own instant, so a scheduled exhibit appears and ends when its schedule says
 * (also while the next copy is being read); the copy also ends at the next such start or end, so the featured
 * merchants, picked from the live exhibits, follow. A change staff make on this node ({@link ExhibitChanged}) drops
 * the copy once committed: the next visitor sees it. With a read replica, that visitor's read may come from a replica
 * still a little behind; then the change shows within the keep time.
 *
 * <p>When the copy is due, one request reads the next while the others go on showing the old one, so 200 visitors do
 * not all read at once; only when there is none (at start, after a change) do they wait for that one read.
 */
@Component
class HomePageData {

    private final ExhibitService exhibits;
    private final CatalogService catalog;
    private final BrowseService browse;
    private final HeadlineFigures figures;
    private final ListingRatings ratings;
    private final Clock clock;
    private final Duration keep;
    private final ReentrantLock reading = new ReentrantLock();
    /** Exhibit changes seen so far: a copy read before the latest is not kept, even if it was stored after it. */
    private final AtomicLong changes = new AtomicLong();

    private volatile Kept kept;

    HomePageData(
            ExhibitService exhibits,
            CatalogService catalog,
            BrowseService browse,
            HeadlineFigures figures,
            ListingRatings ratings,
            Clock clock,
            @Value("${dataport.home-page.keep}") Duration keep) {
        this.exhibits = exhibits;
        this.catalog = catalog;
        this.browse = browse;
        this.figures = figures;
        this.ratings = ratings;
        this.clock = clock;
        this.keep = keep;
    }

    /** What the home page shows now. */
    Content now() {
        Instant now = clock.instant();
        return current(now).content().liveAt(now);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ExhibitChanged event) {
        changes.incrementAndGet();
        kept = null;
    }

    private Kept current(Instant now) {
        Kept found = kept;
        if (found != null && found.isFreshAt(now, changes.get())) {
            return found;
        }
        if (found == null) {
            reading.lock();
        } else if (!reading.tryLock()) {
            return found; // another request is reading the next copy: this one shows the old meanwhile
        }
        try {
            Kept latest = kept;
            if (latest != null && latest.isFreshAt(now, changes.get())) {
                return latest; // read by the request this one waited for
            }
            latest = read(now);
            kept = latest;
            return latest;
        } finally {
            reading.unlock();
        }
    }

    private Kept read(Instant now) {
        long changesSeen = changes.get();
        // A copy is shown until it is due (at most one keep time) and while the next is read: two keep times of
        // exhibits cover both.
        Instant until = now.plus(keep.multipliedBy(2));
        List<ExhibitSummary> live = exhibits.liveBetween(now, until);
        List<ExhibitSummary> halls = exhibits.hallsBetween(now, until);
        List<ListingDetails> recent = catalog.recentlyPublished(HomeView.RECENT);
        Content content = new Content(
                live,
                figures.headline(),
                halls,
                exhibits.featuredMerchants(HomeView.FEATURED_PER_ORIGIN),
                browse.tracks(),
                recent,
                ratings.of(recent.stream().map(ListingDetails::id).toList()));
        Instant due = Stream.concat(live.stream(), halls.stream())
                .flatMap(e -> Stream.of(e.startsAt(), e.endsAt()))
                .filter(at -> at != null && at.isAfter(now))
                .reduce(now.plus(keep), (a, b) -> a.isBefore(b) ? a : b);
        return new Kept(content, changesSeen, due);
    }

    /**
     * The home page's data. {@code live} and {@code halls} are those live now in what {@link #now()} returns, in the
     * order of {@link ExhibitService#live()} and {@link ExhibitService#halls()}; {@code ratings} by listing id, missing
     * for listings without reviews.
     */
    record Content(
            List<ExhibitSummary> live,
            HeadlineFigures.Headline figures,
            List<ExhibitSummary> halls,
            List<MerchantSummary> featured,
            List<TrackOverview> tracks,
            List<ListingDetails> recent,
            Map<Long, RatingSummary> ratings) {

        Content {
            live = List.copyOf(live);
            halls = List.copyOf(halls);
            featured = List.copyOf(featured);
            tracks = List.copyOf(tracks);
            recent = List.copyOf(recent);
            ratings = Map.copyOf(ratings);
        }

        private Content liveAt(Instant now) {
            return new Content(
                    live.stream().filter(e -> e.isLiveAt(now)).toList(),
                    figures,
                    halls.stream().filter(e -> e.isLiveAt(now)).toList(),
                    featured,
                    tracks,
                    recent,
                    ratings);
        }
    }

    private record Kept(Content content, long changesSeen, Instant due) {

        boolean isFreshAt(Instant now, long changes) {
            return changesSeen == changes && now.isBefore(due);
        }
    }
}
