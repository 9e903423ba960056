package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.catalog.BrowseService.CategoryPage;
import dataport.catalog.BrowseService.TrackOverview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class BrowseServiceTest {

    @Autowired
    BrowseService browse;

    @Autowired
    CatalogService catalog;

    @Test
    void everyTrackOfThePlanIsListedInOrderWithCountsThatAddUpToTheCatalogue() {
        List<TrackOverview> tracks = browse.tracks();

        assertThat(tracks)
                .extracting(t -> t.track().code())
                // Other tests add tracks of their own to the shared test database: the plan's come in the plan's order.
                .containsSubsequence("cloud", "digital-services", "data", "digital-content", "ecommerce", "intl-data")
                .contains("metaverse", "nft", "quantum", "cryptography", "data-security", "ai-compute");
        assertThat(tracks)
                .allMatch(t -> t.track().parent() == null && !t.subTracks().isEmpty());
        assertThat(tracks)
                .allMatch(t -> t.listings()
                        == t.subTracks().stream()
                                .mapToLong(BrowseService.CategoryCount::listings)
                                .sum());
        assertThat(tracks.stream().mapToLong(TrackOverview::listings).sum()).isEqualTo(catalog.countPublished());
        assertThat(tracks)
                .allMatch(t -> t.subTracks().stream()
                        .allMatch(s ->
                                s.category().parent().code().equals(t.track().code())));
    }

    @Test
    void aTrackPageHoldsTheListingsOfAllItsSubTracksNewestFirst() {
        CategoryPage cloud = browse.category("cloud", 0, 60).orElseThrow();

        assertThat(cloud.category().code()).isEqualTo("cloud");
        assertThat(cloud.subTracks()).isNotEmpty();
        assertThat(cloud.listings().total())
                .isPositive()
                .isEqualTo(cloud.listings().listings().size());
        assertThat(cloud.listings().listings())
                .allMatch(l -> l.category().track().code().equals("cloud"))
                .allMatch(ListingDetails::isPublished)
                .isSortedAccordingTo(
                        Comparator.comparing(ListingDetails::publishedAt).reversed());
    }

    @Test
    void aSubTrackPageHoldsOnlyItsOwnListingsAndNoSubTracks() {
        CategoryPage storage = browse.category("cloud-storage", 0, 60).orElseThrow();

        assertThat(storage.category().parent().code()).isEqualTo("cloud");
        assertThat(storage.subTracks()).isEmpty();
        assertThat(storage.listings().listings())
                .isNotEmpty()
                .allMatch(l -> l.category().code().equals("cloud-storage"));
        long inTrack = browse.tracks().stream()
                .filter(t -> t.track().code().equals("cloud"))
                .flatMap(t -> t.subTracks().stream())
                .filter(s -> s.category().code().equals("cloud-storage"))
                .findFirst()
                .orElseThrow()
                .listings();
        assertThat(storage.listings().total()).isEqualTo(inTrack);
    }

    @Test
    void pagesSplitATrackWithoutGapsOrRepeats() {
        CategoryPage all = browse.category("data-security", 0, 60).orElseThrow();
        long total = all.listings().total();
        int pageSize = 3;
        List<Long> paged = new ArrayList<>();
        CategoryPage first = browse.category("data-security", 0, pageSize).orElseThrow();
        for (int page = 0; page < first.listings().pageCount(); page++) {
            browse.category("data-security", page, pageSize).orElseThrow().listings().listings().stream()
                    .map(ListingDetails::id)
                    .forEach(paged::add);
        }

        assertThat(total).isGreaterThan(pageSize);
        assertThat(first.listings().pageCount()).isEqualTo((int) ((total + pageSize - 1) / pageSize));
        assertThat(paged)
                .hasSize((int) total)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(all.listings().listings().stream()
                        .map(ListingDetails::id)
                        .toList());
        assertThat(browse.category("data-security", 999, pageSize)
                        .orElseThrow()
                        .listings()
                        .listings())
                .isEmpty();
    }

    @Test
    void oddPagesAndSizesAreTamedAndUnknownCategoriesAreEmpty() {
        assertThat(browse.category("no-such-track", 0, 10)).isEmpty();
        CategoryPage page = browse.category("cloud", -5, 100_000).orElseThrow();
        assertThat(page.listings().page()).isZero();
        assertThat(page.listings().pageSize()).isEqualTo(BrowseService.MAX_PAGE_SIZE);
    }

    @Test
    void relatedListingsComeFromTheSameSubTrackFirstThenTheTrackAndNeverTheListingItself() {
        ListingDetails listing = browse.category("cloud-storage", 0, 1)
                .orElseThrow()
                .listings()
                .listings()
                .getFirst();
        long sameSubTrack =
                browse.category("cloud-storage", 0, 60).orElseThrow().listings().total() - 1;

        List<ListingDetails> related = browse.related(listing.id(), 60);

        assertThat(related)
                .extracting(ListingDetails::id)
                .doesNotContain(listing.id())
                .doesNotHaveDuplicates();
        assertThat(related).allMatch(ListingDetails::isPublished);
        assertThat(related).allMatch(l -> l.category().track().code().equals("cloud"));
        assertThat(related.subList(0, (int) sameSubTrack))
                .allMatch(l -> l.category().code().equals("cloud-storage"));
        assertThat(related.subList((int) sameSubTrack, related.size()))
                .allMatch(l -> !l.category().code().equals("cloud-storage"));
        assertThat(browse.related(listing.id(), 2)).hasSize(2);
    }

    @Test
    void aListingThatIsNotPublishedHasNoRelatedListings() {
        assertThat(browse.related(Long.MAX_VALUE, 4)).isEmpty();
    }

    @Test
    void aMerchantsListingsComePageByPageNewestFirst() {
        ListingDetails any = catalog.recentlyPublished(1).getFirst();
        long merchantId = any.merchant().id();
        List<ListingDetails> everything = catalog.publishedBy(merchantId);

        BrowseService.ListingPage first = browse.publishedBy(merchantId, 0, 2);
        Set<Long> seen = new HashSet<>();
        for (int page = 0; page < first.pageCount(); page++) {
            browse.publishedBy(merchantId, page, 2).listings().forEach(l -> seen.add(l.id()));
        }

        assertThat(first.total()).isEqualTo(everything.size());
        assertThat(first.listings()).hasSize(Math.min(2, everything.size()));
        assertThat(seen)
                .containsExactlyInAnyOrderElementsOf(
                        everything.stream().map(ListingDetails::id).toList());
        assertThat(first.listings().getFirst().publishedAt()).isAfterOrEqualTo(Instant.EPOCH);
    }
}
