package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.shared.Languages;
import dataport.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ListingViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;

    @Test
    void showsAPublishedListingByItsId() {
        ListingDetails listing = catalog.recentlyPublished(1).getFirst();

        navigate("listings/" + listing.id(), ListingView.class);

        assertThat($(H1.class).first().getText()).isEqualTo(listing.title().en());
        assertThat(((ListingView) getCurrentView()).getPageTitle())
                .startsWith(listing.title().en());
    }

    @Test
    void showsTheChineseTitleToChineseReaders() {
        ListingDetails listing = catalog.recentlyPublished(1).getFirst();
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate("listings/" + listing.id(), ListingView.class);

        assertThat($(H1.class).first().getText()).isEqualTo(listing.title().zh());
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999", "abc", "-1", "99999999999999999999999"})
    void unknownOrMalformedIdsShowTheNotFoundPage(String id) {
        navigate("listings/" + id, NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Page not found");
    }
}
