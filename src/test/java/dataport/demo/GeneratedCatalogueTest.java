package dataport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import dataport.catalog.BrowseService;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.catalog.ui.ListingCard;
import dataport.catalog.ui.MerchantView;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.search.SearchRequest;
import dataport.search.SearchService;
import dataport.shared.Languages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start-up path of {@code ./dataport run} with a generated catalogue, in a database and index of its own (so the
 * other tests keep the hand-written catalogue alone): 1,500 generated listings on top of the hand-written ones.
 */
@SpringBootTest(
        properties = {
            "dataport.demo.generated-listings=" + GeneratedCatalogueTest.LISTINGS,
            "dataport.database.name=${DATAPORT_TEST_DB_NAME:dataport_test}_generated",
            "dataport.search.index-prefix=${DATAPORT_TEST_INDEX_PREFIX:dataport-test}-generated"
        })
@ActiveProfiles("test")
class GeneratedCatalogueTest extends SpringBrowserlessTest {

    static final int LISTINGS = 1500;

    @Autowired
    CatalogService catalog;

    @Autowired
    BrowseService browse;

    @Autowired
    MerchantService merchants;

    @Autowired
    SearchService search;

    @Autowired
    GeneratedCatalogue generatedCatalogue;

    @Test
    void theGeneratedCatalogueIsLoadedOnTopOfTheHandWrittenOneAndIsSearchable() {
        DemoCatalogue handWritten = DemoCatalogueFile.read();
        List<DemoGenerator.GeneratedMerchant> generated =
                DemoGenerator.standard().merchants(300);

        assertThat(catalog.countPublished()).isEqualTo(handWritten.listings().size() + LISTINGS);
        assertThat(merchants.count()).isEqualTo(handWritten.merchants().size() + generated.size());
        assertThat(merchants.countCountries()).isGreaterThanOrEqualTo(30);
        assertThat(merchants.findBySlug("harbour-data")).isPresent();
        MerchantSummary firstGenerated =
                merchants.findBySlug(generated.getFirst().profile().slug()).orElseThrow();
        assertThat(firstGenerated.name())
                .isEqualTo(generated.getFirst().profile().name());
        assertThat(merchants.findAll().stream()
                        .filter(MerchantSummary::whitelisted)
                        .count())
                .isGreaterThan(handWritten.whitelist().size());
        assertThat(search.search(new SearchRequest("", 0, Languages.ENGLISH)).total())
                .isEqualTo(catalog.countPublished());
    }

    @Test
    void aSecondStartDoesNotLoadItAgain() {
        long before = catalog.countPublished();

        assertThat(generatedCatalogue.generate(DemoGenerator.standard(), LISTINGS))
                .isNull();
        assertThat(catalog.countPublished()).isEqualTo(before);
    }

    @Test
    void everySubTrackHasListingsAndCountsAddUp() {
        List<BrowseService.TrackOverview> tracks = browse.tracks();

        assertThat(tracks).hasSizeGreaterThanOrEqualTo(12);
        assertThat(tracks).allMatch(t -> t.subTracks().stream().allMatch(s -> s.listings() > 0));
        assertThat(tracks.stream()
                        .mapToLong(BrowseService.TrackOverview::listings)
                        .sum())
                .isEqualTo(catalog.countPublished());
    }

    @Test
    void theMerchantPageShowsManyListingsAPageAtATime() {
        MerchantSummary busiest = merchants
                .findBySlug(DemoGenerator.standard()
                        .merchants(300)
                        .getFirst()
                        .profile()
                        .slug())
                .orElseThrow();
        long total = browse.publishedBy(busiest.id(), 0, 1).total();
        assertThat(total).as("the first generated merchant sells the most").isGreaterThan(MerchantView.PAGE_SIZE);
        int pages = (int) ((total + MerchantView.PAGE_SIZE - 1) / MerchantView.PAGE_SIZE);

        Set<Long> seen = new HashSet<>();
        for (int page = 1; page <= pages; page++) {
            UI.getCurrent().navigate("merchants/" + busiest.slug(), QueryParameters.of("page", String.valueOf(page)));
            assertThat(getCurrentView()).isInstanceOf(MerchantView.class);
            List<ListingCard> cards = $(ListingCard.class).all();
            assertThat(cards)
                    .hasSize(
                            page < pages
                                    ? MerchantView.PAGE_SIZE
                                    : (int) (total - (pages - 1L) * MerchantView.PAGE_SIZE));
            cards.forEach(c -> seen.add(Long.parseLong(c.getElement().getAttribute("data-listing-id"))));
            Div pager = $(Div.class).id("pager");
            assertThat(pager.getElement().getTextRecursively()).contains("Page " + page + " of " + pages);
            assertThat($(Anchor.class).withId("pager-next").exists()).isEqualTo(page < pages);
        }

        assertThat(seen).hasSize((int) total);
        assertThat(seen)
                .containsExactlyInAnyOrderElementsOf(catalog.publishedBy(busiest.id()).stream()
                        .map(ListingDetails::id)
                        .collect(Collectors.toSet()));
        assertThat(IntStream.of(pages)).allMatch(p -> p >= 2);
    }
}
