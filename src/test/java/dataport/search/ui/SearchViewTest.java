package dataport.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.QueryParameters;
import dataport.IntegrationTest;
import dataport.catalog.CategoryRef;
import dataport.catalog.ui.ListingCard;
import dataport.search.QueryText;
import dataport.search.SearchFacet;
import dataport.search.SearchRequest;
import dataport.search.SearchResults;
import dataport.search.SearchSort;
import dataport.shared.Bilingual;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    void showsTheResultCountAndCardsForAQueryInTheUrl() {
        search("q", "cloud storage");

        assertThat(text("search-count")).matches("\\d+ listings");
        assertThat(cards()).isNotEmpty();
    }

    @Test
    void saysClearlyWhenNothingMatches() {
        search("q", "zzqqxxwwvv");

        assertThat(text("search-count")).isEqualTo("0 listings");
        assertThat(cards()).isEmpty();
        assertThat(find(Paragraph.class)
                        .withText("No listings match your search.")
                        .exists())
                .isTrue();
    }

    @Test
    void malformedPageNumbersFallBackToTheFirstPage() {
        search("q", "cloud", "page", "abc");

        assertThat(cards()).isNotEmpty();
    }

    @Test
    void cardsOfWhitelistedMerchantsCarryTheBadgeAndLinkToTheMerchant() {
        search("q", "Meridian Straits");

        String card = cardLinkingTo("merchants/meridian-straits");
        assertThat(card).contains("class=\"dp-badge dp-badge-whitelisted\"");
    }

    @Test
    void cardsOfOtherMerchantsHaveNoBadge() {
        search("q", "Ashgrove");

        String card = cardLinkingTo("merchants/ashgrove-analytics");
        assertThat(card).doesNotContain("dp-badge-whitelisted");
    }

    @Test
    void tickingAFacetValueNarrowsTheResultsAndPutsTheFilterInTheUrl() {
        search("q", "data");
        long before = count();

        tick("origin", "FOREIGN", true);

        assertThat(location()).contains("origin=FOREIGN").contains("q=data");
        assertThat(count()).isPositive().isLessThan(before);
        assertThat(ticked("origin")).containsExactly("FOREIGN");
        // Its own facet keeps offering the other origin, so a second tick widens the results again.
        assertThat(boxes("origin").eachAttr("value")).contains("DOMESTIC", "FOREIGN");
    }

    @Test
    void unTickingTheOnlyTickedValueWidensTheResultsAgain() {
        search("q", "data", "origin", "FOREIGN");
        long narrowed = count();

        tick("origin", "FOREIGN", false);

        assertThat(location()).doesNotContain("origin=");
        assertThat(count()).isGreaterThan(narrowed);
        assertThat(ticked("origin")).isEmpty();
    }

    @Test
    void eachFacetIsAFieldsetWithALegendAndLabelledCheckboxes() {
        search("q", "data");

        Element origin = facetGroups().getElementById("facet-origin");
        assertThat(origin.tagName()).isEqualTo("fieldset");
        assertThat(origin.selectFirst("legend").text()).isEqualTo("Merchant origin");
        assertThat(origin.select("label.dp-facet-value").eachText())
                .allSatisfy(t -> assertThat(t).matches("(Domestic|Foreign) \\(\\d+\\)"));
        assertThat(origin.select("label > input[type=checkbox][data-facet=origin]"))
                .hasSize(2);
    }

    @Test
    void aForgedTickWithAValueTheFacetRefusesChangesNothing() {
        search("q", "data");
        String before = location();

        tick("origin", "<script>alert(1)</script>", true);
        tick("no-such-facet", "FOREIGN", true);

        assertThat(location()).isEqualTo(before);
    }

    @Test
    void facetLabelsFromTheCatalogueAreEscaped() {
        search();
        SearchFilters filters = new SearchFilters(change -> {});
        CategoryRef hostile =
                new CategoryRef("evil", Bilingual.of("<img src=x onerror=alert(1)> & \"Co\"", null), null);
        SearchResults results = new SearchResults(
                SearchResults.Status.OK,
                QueryText.of(""),
                null,
                3,
                0,
                List.of(),
                Map.of(SearchFacet.TRACK, List.of(new SearchResults.FacetValue("evil", 3))),
                3,
                null,
                List.of());

        filters.show(new SearchRequest("", 0, Locale.ENGLISH), results, () -> List.of(hostile));

        String html =
                $(Div.class, filters).id("search-facet-groups").getElement().getProperty("innerHTML");
        assertThat(html)
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot; (3)")
                .doesNotContain("<img");
    }

    @Test
    void aSharedLinkWithFiltersSortAndPageShowsThatState() {
        search("q", "data", "delivery", "API", "sort", "newest");

        assertThat(ticked("delivery")).containsExactly("API");
        assertThat($(Select.class).id("search-sort").getValue()).isEqualTo(SearchSort.NEWEST);
        assertThat($(Button.class).id("search-clear-filters")).isNotNull();
    }

    @Test
    void changingTheSortIsANavigation() {
        search("q", "cloud");

        test($(Select.class).id("search-sort")).selectItem("Price: low to high");

        assertThat(location()).contains("sort=price");
    }

    @Test
    void hostileParametersAreIgnored() {
        search("q", "cloud", "delivery", "<script>", "sort", "';drop", "page", "-1", "price", "x");

        assertThat(cards()).isNotEmpty();
        assertThat($(Button.class).withId("search-clear-filters").exists()).isFalse();
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() {
        search("q", "cloud", "page", "400");

        assertThat(cards()).isNotEmpty();
    }

    @Test
    void nothingFoundOffersTheCorrectionTheUnfilteredCountAndCloseMatches() {
        search("q", "xloud storage");

        Paragraph didYouMean = $(Paragraph.class).id("search-did-you-mean");
        assertThat($(Anchor.class, didYouMean).single().getText()).isEqualTo("cloud storage");
        assertThat($(SearchResultList.class).id("search-alternatives")).isNotNull();

        search("q", "cloud", "country", "AQ");
        assertThat($(Anchor.class).id("search-relax").getText()).startsWith("Remove all filters");
    }

    @Test
    void eachResultSaysWhyItMatched() {
        search("q", "cloud storage");

        assertThat(items().select(".dp-why").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Matched title").contains("storage"));
    }

    @Test
    void aListingFoundThroughATranslationSaysWhichTranslationMatched() {
        search("q", "earthquake");
        SearchView view = $(SearchView.class).single();
        SearchResults.Hit hit = new SearchResults.Hit(
                1,
                Bilingual.of(null, "中国地震局"),
                Bilingual.of(null, "地震监测数据"),
                Bilingual.of(null, null),
                Bilingual.of(null, null),
                1,
                Bilingual.of("Quake Bureau", "地震局"),
                null,
                "CN",
                Bilingual.of("Datasets", "数据集"),
                null,
                null,
                null,
                List.of(SearchResults.MatchedField.TITLE),
                List.of("地震"),
                dataport.shared.RatingSummary.NONE,
                List.of(new SearchResults.Translation("地震", "earthquake")));

        assertThat(view.why(hit)).isEqualTo("Matched title: 地震; across languages: matched 地震 for earthquake");
    }

    @Test
    void theBoxAsksTheSuggestionAddressItselfAndHearsOnlyWhatIsCommitted() {
        search();
        SuggestionBox box = $(SuggestionBox.class).id("search-box");

        assertThat(box.getElement().getTag()).isEqualTo("vaadin-combo-box");
        assertThat(box.getElement().getProperty("label")).isEqualTo("Search listings");
        assertThat(box.getElement().getProperty("allowCustomValue", false)).isTrue();
        assertThat(box.getElement().getProperty("itemLabelPath")).isEqualTo("text");
        assertThat(box.getElement().getAttribute("aria-describedby")).isEqualTo("search-box-help");
        assertThat(SuggestionBox.DATA_PROVIDER).contains("AbortController").contains("setTimeout");
    }

    @Test
    void enterOnTypedTextSearchesForIt() {
        search();
        SuggestionBox box = $(SuggestionBox.class).id("search-box");
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.detail", "weather");

        fire(box, "custom-value-set", data);

        assertThat(location()).contains("q=weather");
        assertThat($(com.vaadin.flow.component.html.H1.class)
                        .id("search-heading")
                        .getText())
                .contains("weather");
    }

    @Test
    void pickingASuggestionOpensItsListing() {
        search();
        SuggestionBox box = $(SuggestionBox.class).id("search-box");
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(SuggestionBox.PICKED, 1);

        fire(box, "change", data);

        assertThat(location()).startsWith("listings/1");
    }

    @Test
    void aCommittedTypedTextDoesNotOpenAListing() {
        search("q", "cloud");
        SuggestionBox box = $(SuggestionBox.class).id("search-box");
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(SuggestionBox.PICKED, -1);

        fire(box, "change", data);

        assertThat(location()).startsWith("search");
    }

    @Test
    void pagingAndSortingUpdateThePageInPlaceKeepingBoxAndFilters() {
        search("q", "data");
        SearchView view = $(SearchView.class).single();
        SearchFilters filters = $(SearchFilters.class).single();
        Object box = $(SuggestionBox.class).id("search-box");
        List<String> firstPage = cards();

        search("q", "data", "page", "2");

        assertThat($(SearchView.class).single()).isSameAs(view);
        assertThat($(SearchFilters.class).single()).isSameAs(filters);
        assertThat($(SuggestionBox.class).id("search-box")).isSameAs(box);
        assertThat(cards()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);

        test($(Select.class).id("search-sort")).selectItem("Price: low to high");
        assertThat($(SearchFilters.class).single()).isSameAs(filters);
    }

    @Test
    void aFacetTickAfterPagingKeepsTheQueryAndSortAndStartsAtTheFirstPage() {
        search("q", "data", "sort", "newest");
        search("q", "data", "sort", "newest", "page", "2");
        SearchFilters before = $(SearchFilters.class).single();

        tick("origin", "FOREIGN", true);

        assertThat(location()).contains("origin=FOREIGN").contains("q=data").contains("sort=newest");
        assertThat(location()).doesNotContain("page=");
        // The same panel, re-rendered with the tick.
        assertThat($(SearchFilters.class).single()).isSameAs(before);
        assertThat(ticked("origin")).containsExactly("FOREIGN");
    }

    @Test
    void aNewQueryKeepsTheBoxAndShowsItsText() {
        search("q", "cloud");
        SuggestionBox box = $(SuggestionBox.class).id("search-box");
        assertThat(box.getValue()).isEqualTo("cloud");

        search("q", "weather");

        assertThat($(SuggestionBox.class).id("search-box")).isSameAs(box);
        assertThat(box.getValue()).isEqualTo("weather");
        assertThat($(com.vaadin.flow.component.html.H1.class)
                        .id("search-heading")
                        .getText())
                .contains("weather");
    }

    @Test
    void aLightCardEscapesEverythingButTheHighlightedTitleAndSummary() {
        search();
        SearchView view = $(SearchView.class).single();

        Html card = ListingCard.light(
                new ListingCard.Content(
                        7,
                        "A <mark>cloud</mark> feed",
                        "Plain",
                        "<b>Evil</b> & Co",
                        "evil",
                        true,
                        true,
                        "\"scope\"",
                        "US",
                        "Data <API>",
                        "$10",
                        "API"),
                java.util.Locale.ENGLISH,
                view);

        assertThat(card.getElement().getAttribute("data-listing-id")).isEqualTo("7");
        assertThat(card.getInnerHtml())
                .contains("<mark>cloud</mark>")
                .contains("&lt;b&gt;Evil&lt;/b&gt; &amp; Co")
                .contains("Data &lt;API&gt;")
                .contains("title=\"On the international information-services whitelist: &quot;scope&quot;\"")
                .doesNotContain("<b>");
    }

    /** The items of the result lists (one HTML node each, {@link SearchResultList}), parsed. */
    private Elements items() {
        Elements items = new Elements();
        $(SearchResultList.class)
                .all()
                .forEach(list -> items.addAll(
                        Jsoup.parseBodyFragment(list.getInnerHtml()).select(".dp-search-item")));
        return items;
    }

    /** The result cards' HTML. */
    private List<String> cards() {
        return items().select(".dp-card").stream().map(Element::outerHtml).toList();
    }

    private String cardLinkingTo(String href) {
        return cards().stream()
                .filter(c -> c.contains("href=\"" + href + "\""))
                .findFirst()
                .orElseThrow();
    }

    private long count() {
        return Long.parseLong(text("search-count").replaceAll("\\D", ""));
    }

    /** The filters' groups (one HTML node, {@link SearchFilters}), parsed. */
    private org.jsoup.nodes.Document facetGroups() {
        SearchFilters filters = $(SearchFilters.class).single();
        String html =
                $(Div.class, filters).id("search-facet-groups").getElement().getProperty("innerHTML", "");
        return Jsoup.parseBodyFragment(html);
    }

    private Elements boxes(String facet) {
        return facetGroups().select("#facet-" + facet + " input[type=checkbox]");
    }

    private List<String> ticked(String facet) {
        return boxes(facet).stream()
                .filter(b -> b.hasAttr("checked"))
                .map(b -> b.attr("value"))
                .toList();
    }

    /** What the browser sends when the visitor ticks (or unticks) a box: the filters' one change listener. */
    private void tick(String facet, String value, boolean checked) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(SearchFilters.FACET, facet);
        data.put(SearchFilters.VALUE, value);
        data.put(SearchFilters.CHECKED, checked);
        data.put(SearchFilters.IS_BOX, true);
        SearchFilters filters = $(SearchFilters.class).single();
        var groups = $(Div.class, filters).id("search-facet-groups");
        new ComponentTester<Div>(groups) {
            void change() {
                fireDomEvent("change", data);
            }
        }.change();
    }

    /** A DOM event from the browser, with the event data its listener asks for. */
    private static void fire(com.vaadin.flow.component.Component target, String event, ObjectNode data) {
        new ComponentTester<com.vaadin.flow.component.Component>(target) {
            void fire() {
                fireDomEvent(event, data);
            }
        }.fire();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** Opens the search page with the given query parameters, as a link or a reload would. */
    private void search(String... keysAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(parameters));
    }

    private String text(String id) {
        return $(Paragraph.class).withId(id).single().getText();
    }
}
