package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
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

        assertThat($(H1.class).first().getText())
                .isEqualTo(listing.content().title().en());
        assertThat(((ListingView) getCurrentView()).getPageTitle())
                .startsWith(listing.content().title().en());
    }

    @Test
    void showsTheChineseTitleToChineseReaders() {
        ListingDetails listing = catalog.recentlyPublished(1).getFirst();
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate("listings/" + listing.id(), ListingView.class);

        assertThat($(H1.class).first().getText())
                .isEqualTo(listing.content().title().zh());
    }

    @Test
    void theMerchantCardLinksToTheMerchantPageAndShowsTheWhitelistBadge() {
        ListingDetails listing = catalog.recentlyPublished(100).stream()
                .filter(l -> l.merchant().whitelisted())
                .findFirst()
                .orElseThrow();

        navigate("listings/" + listing.id(), ListingView.class);

        Anchor link = $(Anchor.class).id("merchant-link");
        assertThat(link.getHref()).isEqualTo("merchants/" + listing.merchant().slug());
        Div card = $(Div.class).id("merchant-card");
        assertThat($(Span.class, card).all())
                .anySatisfy(s -> assertThat(s.getClassNames()).contains("dp-badge-whitelisted"));
    }

    @Test
    void noBadgeForAMerchantThatIsNotWhitelisted() {
        ListingDetails listing = catalog.recentlyPublished(100).stream()
                .filter(l -> !l.merchant().whitelisted())
                .findFirst()
                .orElseThrow();

        navigate("listings/" + listing.id(), ListingView.class);

        Div card = $(Div.class).id("merchant-card");
        assertThat($(Span.class, card).all())
                .noneSatisfy(s -> assertThat(s.getClassNames()).contains("dp-badge-whitelisted"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999", "abc", "-1", "99999999999999999999999"})
    void unknownOrMalformedIdsShowTheNotFoundPage(String id) {
        navigate("listings/" + id, NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Page not found");
    }

    @Test
    void aQuoteOnlyListingShowsTheMerchantsContactAsAMailButton() {
        ListingDetails listing = catalog.recentlyPublished(200).stream()
                .filter(l -> l.plans().stream().anyMatch(p -> p.model() == dataport.catalog.PricingModel.QUOTE))
                .findFirst()
                .orElseThrow();
        assertThat(listing.merchant().contactEmail())
                .as("demo merchants have a contact address")
                .isNotBlank();

        navigate("listings/" + listing.id(), ListingView.class);

        Anchor contact = $(Anchor.class).id("merchant-contact-button");
        assertThat(contact.getText()).isEqualTo("Contact the merchant");
        assertThat(contact.getHref()).startsWith("mailto:" + listing.merchant().contactEmail() + "?subject=");
        assertThat($(Span.class).id("merchant-contact-address").getText())
                .isEqualTo("E-mail: " + listing.merchant().contactEmail());

        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate("listings/" + listing.id(), ListingView.class);
        assertThat($(Anchor.class).id("merchant-contact-button").getText()).isEqualTo("联系商家");
    }
}
