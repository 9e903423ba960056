package dataport.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import dataport.IntegrationTest;
import dataport.shared.ui.ListingCard;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@IntegrationTest
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    void showsTheResultCountAndCardsForAQueryInTheUrl() {
        search("q", "cloud storage");

        assertThat(text("search-count")).matches("\\d+ listings");
        assertThat($(ListingCard.class).all()).isNotEmpty();
    }

    @Test
    void saysClearlyWhenNothingMatches() {
        search("q", "zzqqxxwwvv");

        assertThat(text("search-count")).isEqualTo("0 listings");
        assertThat($(ListingCard.class).all()).isEmpty();
        assertThat(find(Paragraph.class)
                        .withText("No listings match your search.")
                        .exists())
                .isTrue();
    }

    @Test
    void malformedPageNumbersFallBackToTheFirstPage() {
        search("q", "cloud", "page", "abc");

        assertThat($(ListingCard.class).all()).isNotEmpty();
    }

    @Test
    void cardsOfWhitelistedMerchantsCarryTheBadgeAndLinkToTheMerchant() {
        search("q", "Meridian Straits");

        ListingCard card = $(ListingCard.class).all().stream()
                .filter(c -> $(Anchor.class, c).all().stream()
                        .anyMatch(a -> "merchants/meridian-straits".equals(a.getHref())))
                .findFirst()
                .orElseThrow();
        assertThat($(Span.class, card).all())
                .anySatisfy(s -> assertThat(s.getClassNames()).contains("dp-badge-whitelisted"));
    }

    @Test
    void cardsOfOtherMerchantsHaveNoBadge() {
        search("q", "Ashgrove");

        ListingCard card = $(ListingCard.class).all().stream()
                .filter(c -> $(Anchor.class, c).all().stream()
                        .anyMatch(a -> "merchants/ashgrove-analytics".equals(a.getHref())))
                .findFirst()
                .orElseThrow();
        assertThat($(Span.class, card).all())
                .noneSatisfy(s -> assertThat(s.getClassNames()).contains("dp-badge-whitelisted"));
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
