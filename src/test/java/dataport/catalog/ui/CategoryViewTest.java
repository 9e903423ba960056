package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dataport.IntegrationTest;
import dataport.catalog.BrowseService;
import dataport.catalog.BrowseService.TrackOverview;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.exhibits.ui.HomeView;
import dataport.search.ui.SearchView;
import dataport.shared.Languages;
import dataport.shared.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CategoryViewTest extends SpringBrowserlessTest {

    @Autowired
    BrowseService browse;

    @Autowired
    CatalogService catalog;

    @Test
    void aTrackPageShowsItsSubTracksWithCountsAndItsListings() {
        TrackOverview cloud = track("cloud");

        navigate("categories/cloud", CategoryView.class);

        assertThat($(H1.class).id("category-title").getText()).isEqualTo("Cloud services");
        assertThat($(Paragraph.class).id("category-count").getText()).isEqualTo(cloud.listings() + " listings");
        List<Anchor> subTracks = $(Anchor.class).withClassName("dp-subtrack").all();
        assertThat(subTracks).hasSize(cloud.subTracks().size());
        assertThat(subTracks.getFirst().getHref()).isEqualTo("categories/cloud-storage");
        assertThat(subTracks.getFirst().getElement().getTextRecursively())
                .contains(
                        "Cloud storage",
                        String.valueOf(cloud.subTracks().getFirst().listings()));
        assertThat($(ListingCard.class).all()).hasSize((int) Math.min(cloud.listings(), CategoryView.PAGE_SIZE));
        assertThat(((CategoryView) getCurrentView()).getPageTitle()).isEqualTo("Cloud services · DataPort");
    }

    @Test
    void aSubTrackPageHasABreadcrumbBackToItsTrackAndOnlyItsListings() {
        navigate("categories/cloud-storage", CategoryView.class);

        Div crumbs = $(Div.class).id("breadcrumb");
        List<Anchor> links = $(Anchor.class).all().stream()
                .filter(a -> crumbs.getElement().equals(a.getElement().getParent()))
                .toList();
        assertThat(links).extracting(Anchor::getHref).containsExactly("", "categories/cloud");
        assertThat(crumbs.getElement().getTextRecursively()).isEqualTo("Home / Cloud services / Cloud storage");
        assertThat($(Anchor.class).withClassName("dp-subtrack").exists()).isFalse();
        List<ListingCard> cards = $(ListingCard.class).all();
        assertThat(cards).isNotEmpty();
        List<Long> ids = cards.stream()
                .map(c -> Long.parseLong(c.getElement().getAttribute("data-listing-id")))
                .toList();
        assertThat(catalog.details(ids)).allMatch(l -> l.category().code().equals("cloud-storage"));
    }

    @Test
    void speaksChineseWithAChineseTitle() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(SearchView.class);
        navigate("categories/quantum-comms", CategoryView.class);

        assertThat($(H1.class).id("category-title").getText()).isEqualTo("量子通信与量子随机数");
        assertThat($(Div.class).id("breadcrumb").getElement().getTextRecursively())
                .isEqualTo("首页 / 量子计算 / 量子通信与量子随机数");
        assertThat(((CategoryView) getCurrentView()).getPageTitle()).isEqualTo("量子通信与量子随机数 · DataPort 数贸港");
        assertThat($(Paragraph.class).id("category-count").getText()).endsWith("个产品");
    }

    @Test
    void pagesAreLinksWithThePageInTheUrl() {
        TrackOverview biggest = browse.tracks().stream()
                .max(java.util.Comparator.comparingLong(TrackOverview::listings))
                .orElseThrow();
        String path = "categories/" + biggest.track().code();

        navigate(path, CategoryView.class);

        if (biggest.listings() <= CategoryView.PAGE_SIZE) {
            // The hand-written catalogue may fit on one page: then there is no pager at all.
            assertThat($(Div.class).withId("pager").exists()).isFalse();
            UI.getCurrent().navigate(path, QueryParameters.of("page", "2"));
            assertThat($(ListingCard.class).all()).isEmpty();
            assertThat($(Paragraph.class).id("category-empty").getText()).contains("first page");
            assertThat($(Anchor.class).id("pager-previous").getHref()).isEqualTo(path);
        } else {
            assertThat($(Anchor.class).id("pager-next").getHref()).isEqualTo(path + "?page=2");
        }
    }

    @Test
    void cardLabelsLinkToTheirTrackPage() {
        navigate("categories/data-security", CategoryView.class);

        List<Anchor> labels = $(Anchor.class).withClassName("dp-card-track").all();
        assertThat(labels).isNotEmpty().allMatch(a -> a.getHref().equals("categories/data-security"));
    }

    @Test
    void unknownCategoriesShowTheNotFoundPage() {
        navigate("categories/no-such-track", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theHomePageOffersEveryTrackWithItsCount() {
        List<TrackOverview> tracks = browse.tracks();

        navigate(HomeView.class);

        List<Div> tiles = $(Div.class).withClassName("dp-track").all();
        assertThat(tiles).hasSize(tracks.size());
        for (int i = 0; i < tracks.size(); i++) {
            TrackOverview track = tracks.get(i);
            Div tile = tiles.get(i);
            assertThat(tile.getElement().getAttribute("data-track"))
                    .isEqualTo(track.track().code());
            assertThat(tile.getElement().getTextRecursively())
                    .contains(
                            track.track().name().en(),
                            track.listings() == 0 ? "No listings" : track.listings() + " listing");
        }
        assertThat($(Anchor.class).withClassName("dp-track-name").all())
                .extracting(Anchor::getHref)
                .contains("categories/cloud", "categories/quantum", "categories/digital-services");
    }

    @Test
    void theListingPageShowsRelatedListingsButNeverTheListingItself() {
        ListingDetails listing = browse.category("data-security", 0, 1)
                .orElseThrow()
                .listings()
                .listings()
                .getFirst();

        navigate("listings/" + listing.id(), ListingView.class);

        RelatedListings related = $(RelatedListings.class).single();
        CardGrid grid = $(CardGrid.class).single();
        assertThat(grid.getParent()).contains(related);
        List<Long> ids = java.util.regex.Pattern.compile("data-listing-id=\"(\\d+)\"")
                .matcher(grid.getInnerHtml())
                .results()
                .map(m -> Long.parseLong(m.group(1)))
                .toList();
        assertThat(ids)
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(RelatedListings.LIMIT)
                .doesNotContain(listing.id());
        assertThat(ids)
                .isEqualTo(browse.related(listing.id(), RelatedListings.LIMIT).stream()
                        .map(ListingDetails::id)
                        .toList());
        assertThat(related.getElement().getTextRecursively()).contains("Related listings");
    }

    private TrackOverview track(String code) {
        return browse.tracks().stream()
                .filter(t -> t.track().code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
