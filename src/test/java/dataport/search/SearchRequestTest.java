package dataport.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void readsTextFiltersSortAndPageFromTheUrl() {
        SearchRequest request = SearchRequest.fromParameters(
                Map.of(
                        "q", List.of("cloud storage"),
                        "delivery", List.of("API", "SAAS"),
                        "origin", List.of("FOREIGN"),
                        "price", List.of("100-1000"),
                        "xborder", List.of("true"),
                        "sort", List.of("price"),
                        "page", List.of("3")),
                Locale.ENGLISH);

        assertThat(request.text()).isEqualTo("cloud storage");
        assertThat(request.selected(SearchFacet.DELIVERY)).containsExactlyInAnyOrder("API", "SAAS");
        assertThat(request.selected(SearchFacet.ORIGIN)).containsExactly("FOREIGN");
        assertThat(request.selected(SearchFacet.PRICE)).containsExactly("100-1000");
        assertThat(request.selected(SearchFacet.CROSS_BORDER)).containsExactly("true");
        assertThat(request.sort()).isEqualTo(SearchSort.PRICE_ASC);
        assertThat(request.page()).isEqualTo(2);
    }

    @Test
    void writesTheSameStateBackToTheUrl() {
        Map<String, List<String>> parameters = Map.of(
                "q", List.of("数据"),
                "track", List.of("cloud"),
                "delivery", List.of("SAAS", "API"),
                "sort", List.of("newest"),
                "page", List.of("2"));

        SearchRequest request = SearchRequest.fromParameters(parameters, Locale.CHINESE);

        assertThat(request.toParameters())
                .containsExactly(
                        Map.entry("q", List.of("数据")),
                        Map.entry("track", List.of("cloud")),
                        Map.entry("delivery", List.of("API", "SAAS")),
                        Map.entry("sort", List.of("newest")),
                        Map.entry("page", List.of("2")));
        assertThat(SearchRequest.fromParameters(request.toParameters(), Locale.CHINESE))
                .isEqualTo(request);
    }

    @Test
    void ignoresUnknownAndHostileValues() {
        SearchRequest request = SearchRequest.fromParameters(
                Map.of(
                        "delivery", List.of("API", "DROP TABLE", "<script>"),
                        "origin", List.of("martian"),
                        "country", List.of("united states", "SG"),
                        "price", List.of("-1-5"),
                        "xborder", List.of("maybe"),
                        "sort", List.of("rating';--"),
                        "page", List.of("-7"),
                        "bogus", List.of("x")),
                Locale.ENGLISH);

        assertThat(request.filters())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        SearchFacet.DELIVERY, Set.of("API"),
                        SearchFacet.COUNTRY, Set.of("SG")));
        assertThat(request.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(request.page()).isZero();
    }

    @Test
    void hugeOrUnreadablePageNumbersAreClamped() {
        assertThat(SearchRequest.parsePage("99999999999")).isEqualTo(1);
        assertThat(SearchRequest.parsePage("100000")).isEqualTo(SearchRequest.MAX_PAGE + 1);
        assertThat(SearchRequest.parsePage(" 4 ")).isEqualTo(4);
        assertThat(SearchRequest.parsePage("")).isEqualTo(1);
    }

    @Test
    void changingAFilterOrTheSortGoesBackToTheFirstPage() {
        SearchRequest request = new SearchRequest("data", 5, Locale.ENGLISH);

        assertThat(request.withFilter(SearchFacet.DELIVERY, List.of("API")).page())
                .isZero();
        assertThat(request.withSort(SearchSort.NEWEST).page()).isZero();
        assertThat(request.withFilter(SearchFacet.DELIVERY, List.of()).filters())
                .isEmpty();
    }
}
