package dataport.exhibits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import dataport.IntegrationTest;
import dataport.catalog.ui.CardGrid;
import dataport.search.ui.SearchView;
import dataport.shared.Languages;
import java.util.List;
import org.junit.jupiter.api.Test;

@IntegrationTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    void showsTheNewestListingsAsCards() {
        navigate(HomeView.class);

        CardGrid recent = $(CardGrid.class).id("recent-listings");
        assertThat(recent.getInnerHtml().split("<div class=\"dp-card\" data-listing-id=\"", -1))
                .hasSize(HomeView.RECENT + 1);
        assertThat($(H1.class).first().getText()).isEqualTo("The digital trade showcase of Lingang");
    }

    @Test
    void showsTheTenHallsAndFeaturedMerchantsFromHomeAndAbroad() {
        navigate(HomeView.class);

        assertThat($(Anchor.class).withClassName("dp-hall").all()).hasSize(10);
        List<Div> featured = $(Div.class).withClassName("dp-merchant-card").all();
        assertThat(featured)
                .extracting(d -> d.getElement().getAttribute("data-origin"))
                .contains("DOMESTIC", "FOREIGN");
    }

    @Test
    void speaksChineseWhenTheVisitorChoseIt() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        // The test starts on the home page; leave it so that it is built afresh in Chinese.
        navigate(SearchView.class);
        navigate(HomeView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("临港数字贸易线上展示平台");
    }
}
