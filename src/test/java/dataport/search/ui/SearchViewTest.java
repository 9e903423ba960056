package dataport.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dataport.IntegrationTest;
import dataport.catalog.ui.ListingCard;
import dataport.search.SearchResults;
import dataport.search.SearchSort;
import dataport.shared.Bilingual;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

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
        CheckboxGroup<String> origin = facet("origin");

        test(origin).selectItem(origin.getItemLabelGenerator().apply("FOREIGN"));

        assertThat(location()).contains("origin=FOREIGN").contains("q=data");
        assertThat(count()).isPositive().isLessThan(before);
        // Its own facet keeps offering the other origin, so a second tick widens the results again.
        assertThat(facet("origin").getListDataView().getItems()).contains("DOMESTIC", "FOREIGN");
    }

    @Test
    void aSharedLinkWithFiltersSortAndPageShowsThatState() {
        search("q", "data", "delivery", "API", "sort", "newest");

        assertThat(facet("delivery").getValue()).containsExactly("API");
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
    void typingOffersListingTitles() {
        search();
        @SuppressWarnings("unchecked")
        ComboBox<SearchResults.Suggestion> box = $(ComboBox.class).id("search-box");

        test(box).setFilter("隐私");

        assertThat(test(box).getSuggestions()).anySatisfy(s -> assertThat(s).contains("隐私"));
    }

    @Test
    void pagingAndSortingUpdateThePageInPlaceKeepingBoxAndFilters() {
        search("q", "data");
        SearchView view = $(SearchView.class).single();
        SearchFilters filters = $(SearchFilters.class).single();
        Object box = $(ComboBox.class).id("search-box");
        List<String> firstPage = cards();

        search("q", "data", "page", "2");

        assertThat($(SearchView.class).single()).isSameAs(view);
        assertThat($(SearchFilters.class).single()).isSameAs(filters);
        assertThat($(ComboBox.class).id("search-box")).isSameAs(box);
        assertThat(cards()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);

        test($(Select.class).id("search-sort")).selectItem("Price: low to high");
        assertThat($(SearchFilters.class).single()).isSameAs(filters);
    }

    @Test
    void aFacetTickAfterPagingKeepsTheQueryAndSortAndStartsAtTheFirstPage() {
        search("q", "data", "sort", "newest");
        search("q", "data", "sort", "newest", "page", "2");
        SearchFilters before = $(SearchFilters.class).single();
        CheckboxGroup<String> origin = facet("origin");

        test(origin).selectItem(origin.getItemLabelGenerator().apply("FOREIGN"));

        assertThat(location()).contains("origin=FOREIGN").contains("q=data").contains("sort=newest");
        assertThat(location()).doesNotContain("page=");
        assertThat($(SearchFilters.class).single()).isNotSameAs(before);
    }

    @Test
    void aNewQueryKeepsTheBoxAndShowsItsText() {
        search("q", "cloud");
        @SuppressWarnings("unchecked")
        ComboBox<SearchResults.Suggestion> box = $(ComboBox.class).id("search-box");

        search("q", "weather");

        assertThat($(ComboBox.class).id("search-box")).isSameAs(box);
        assertThat(box.getValue().text()).isEqualTo("weather");
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

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> facet(String parameter) {
        return $(CheckboxGroup.class).id("facet-" + parameter);
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
