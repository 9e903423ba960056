package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.TestMerchants;
import dataport.shared.Languages;
import dataport.shared.ui.NotFoundView;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class MerchantViewTest extends SpringBrowserlessTest {

    @Autowired
    MerchantService merchants;

    @Autowired
    CatalogService catalog;

    @Test
    void showsTheProfileTheWhitelistBadgeAndEveryPublishedListing() {
        MerchantSummary meridian = merchants.findBySlug("meridian-straits").orElseThrow();

        navigate("merchants/meridian-straits", MerchantView.class);

        assertThat($(H1.class).first().getText()).isEqualTo(meridian.name().en());
        Span badge = $(Span.class).id("merchant-whitelisted");
        assertThat(badge.getElement().getTextRecursively()).startsWith("Whitelisted");
        assertThat(badge.getElement().getAttribute("title"))
                .contains(meridian.whitelistScope().en());
        assertThat($(ListingCard.class).all())
                .hasSize(catalog.publishedBy(meridian.id()).size())
                .isNotEmpty();
        assertThat(((MerchantView) getCurrentView()).getPageTitle())
                .isEqualTo(meridian.name().en() + " · DataPort");
    }

    @Test
    void theWhitelistScopeIsInTheReadersLanguageOnThePageAndItsCards() {
        String english = "Cross-border data exchange and API services for ASEAN trade";
        String chinese = "跨境数据交换与东盟贸易API服务";
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate("merchants/meridian-straits", MerchantView.class);

        assertThat($(Span.class).id("merchant-whitelisted").getElement().getAttribute("title"))
                .contains(chinese)
                .doesNotContain(english);
        assertThat(scopeFact()).isEqualTo(chinese);
        assertThat(cardBadgeTitles())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t).contains(chinese).doesNotContain(english));

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("merchants/meridian-straits", MerchantView.class);

        assertThat($(Span.class).id("merchant-whitelisted").getElement().getAttribute("title"))
                .contains(english)
                .doesNotContain(chinese);
        assertThat(scopeFact()).isEqualTo(english);
        assertThat(cardBadgeTitles())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t).contains(english).doesNotContain(chinese));
    }

    private String scopeFact() {
        return $(Span.class).withClassName("dp-fact-value").all().stream()
                .filter(s -> s.getParent()
                        .flatMap(p -> p.getChildren().findFirst())
                        .map(l -> l.getElement().getText().equals(l.getTranslation("merchant.whitelist-scope")))
                        .orElse(false))
                .map(Span::getText)
                .findFirst()
                .orElseThrow();
    }

    private java.util.List<String> cardBadgeTitles() {
        return $(ListingCard.class).all().stream()
                .flatMap(c -> c.getElement().getChildren())
                .flatMap(MerchantViewTest::descendants)
                .filter(e -> e.getClassList().contains("dp-badge-whitelisted"))
                .map(e -> e.getAttribute("title"))
                .toList();
    }

    private static java.util.stream.Stream<com.vaadin.flow.dom.Element> descendants(com.vaadin.flow.dom.Element e) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(e), e.getChildren().flatMap(MerchantViewTest::descendants));
    }

    @Test
    void speaksChineseToChineseReaders() {
        MerchantSummary meridian = merchants.findBySlug("meridian-straits").orElseThrow();
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate("merchants/meridian-straits", MerchantView.class);

        assertThat($(H1.class).first().getText()).isEqualTo(meridian.name().zh());
        assertThat($(Span.class).id("merchant-whitelisted").getElement().getTextRecursively())
                .startsWith("白名单");
        assertThat(((MerchantView) getCurrentView()).getPageTitle())
                .isEqualTo(meridian.name().zh() + " · DataPort 数贸港");
    }

    @Test
    void aMerchantWithoutACurrentEntryHasNoBadge() {
        navigate("merchants/cobalt-ridge", MerchantView.class);

        assertThat($(Span.class).withId("merchant-whitelisted").exists()).isFalse();
    }

    @Test
    void unknownMerchantsShowTheNotFoundPage() {
        navigate("merchants/no-such-merchant", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void aSuspendedMerchantHasNoPublicPage() {
        MerchantSummary merchant = merchants.registerApproved(
                TestMerchants.merchant()
                        .named("Suspended " + UUID.randomUUID(), "暂停数商")
                        .build(),
                TestMerchants.unusedUserId());
        merchants.suspend(merchant.id(), "Licence under review");

        navigate("merchants/" + merchant.slug(), NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theMerchantPageOffersTheContactAddressAsAMailButton() {
        MerchantSummary meridian = merchants.findBySlug("meridian-straits").orElseThrow();
        assertThat(meridian.contactEmail()).isNotBlank();

        navigate("merchants/meridian-straits", MerchantView.class);

        com.vaadin.flow.component.html.Anchor contact =
                $(com.vaadin.flow.component.html.Anchor.class).id("merchant-contact-button");
        assertThat(contact.getHref()).startsWith("mailto:" + meridian.contactEmail() + "?subject=");
    }
}
