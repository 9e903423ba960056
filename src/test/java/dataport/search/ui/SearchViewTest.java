package dataport.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import dataport.IntegrationTest;
import dataport.shared.ui.ListingCard;
import org.junit.jupiter.api.Test;

@IntegrationTest
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    void showsTheResultCountAndCardsForAQueryInTheUrl() {
        navigate("search?q=cloud%20storage", SearchView.class);

        assertThat(text("search-count")).matches("\\d+ listings");
        assertThat($(ListingCard.class).all()).isNotEmpty();
    }

    @Test
    void saysClearlyWhenNothingMatches() {
        navigate("search?q=zzqqxxwwvv", SearchView.class);

        assertThat(text("search-count")).isEqualTo("0 listings");
        assertThat($(ListingCard.class).all()).isEmpty();
        assertThat(find(Paragraph.class)
                        .withText("No listings match your search.")
                        .exists())
                .isTrue();
    }

    @Test
    void malformedPageNumbersFallBackToTheFirstPage() {
        navigate("search?q=cloud&page=abc", SearchView.class);

        assertThat($(ListingCard.class).all()).isNotEmpty();
    }

    private String text(String id) {
        return $(Paragraph.class).withId(id).single().getText();
    }
}
