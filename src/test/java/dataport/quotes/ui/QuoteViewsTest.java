package dataport.quotes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ui.ListingView;
import dataport.quotes.QuoteFixtures;
import dataport.quotes.QuoteService;
import dataport.quotes.QuoteStatus;
import dataport.shared.Languages;
import dataport.shared.ui.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class QuoteViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    QuoteService quotes;

    QuoteFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new QuoteFixtures(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theListingPageOffersAQuoteOnItsQuoteOnlyPlanAndBuyOnThePricedOne() {
        long listing = fixtures.quoteOnlyListing();
        fixtures.as(DemoSignIn.BUYER);

        navigate("listings/" + listing, ListingView.class);

        assertThat($(Anchor.class).id("ask-quote-0").getHref()).isEqualTo("quotes/new/" + listing + "?plan=0");
        assertThat($(Anchor.class).id("ask-quote-0").getText()).isEqualTo("Ask for a quote");
        assertThat($(Anchor.class).withId("ask-quote-1").exists()).isFalse();
        assertThat($(Anchor.class).withId("buy-plan-1").exists()).isTrue();

        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate("listings/" + listing, ListingView.class);
        assertThat($(Anchor.class).id("ask-quote-0").getText()).isEqualTo("询价");
    }

    @Test
    void aBuyerAsksForAQuoteAndLandsOnTheThread() {
        long listing = fixtures.quoteOnlyListing();
        fixtures.as(DemoSignIn.BUYER);
        navigate("quotes/new/" + listing, RequestQuoteView.class);

        test($(TextField.class).id("quote-subject")).setValue("Vessel calls, Yangtze ports");
        test($(TextField.class).id("quote-volume")).setValue("About 2 million rows");
        $(RequestQuoteView.class).single().form.destination.setValue("SG");
        test($(TextArea.class).id("quote-message")).setValue("Can you deliver monthly?");
        test($(Button.class).id("quote-send")).click();

        assertThat(getCurrentView()).isInstanceOf(QuoteThreadView.class);
        assertThat($(Div.class).id("quote-facts").getElement().getTextRecursively())
                .contains("Vessel calls, Yangtze ports", "About 2 million rows", "Singapore");
        assertThat($(Div.class).id("quote-thread").getElement().getTextRecursively())
                .contains("Can you deliver monthly?");
    }

    @Test
    void aRequestWithoutSubjectOrCountryIsRefusedOnItsFieldsAndKeepsWhatWasTyped() {
        long listing = fixtures.quoteOnlyListing();
        fixtures.as(DemoSignIn.BUYER);
        navigate("quotes/new/" + listing, RequestQuoteView.class);

        test($(TextArea.class).id("quote-message")).setValue("Please quote.");
        test($(Button.class).id("quote-send")).click();

        TextField subject = $(TextField.class).id("quote-subject");
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat($(TextArea.class).id("quote-message").getValue()).isEqualTo("Please quote.");
        assertThat(getCurrentView()).isInstanceOf(RequestQuoteView.class);

        test(subject).setValue("Port calls");
        test($(Button.class).id("quote-send")).click();
        assertThat($(RequestQuoteView.class).single().form.destination.isInvalid())
                .isTrue();
    }

    @Test
    void theMerchantSeesTheRequestWithItsAgeAndSendsAPrivateOffer() {
        long id = fixtures.request();
        fixtures.as(DemoSignIn.MERCHANT);

        navigate("workspace/quotes", WorkspaceQuotesView.class);
        Div card = $(Div.class).id("quote-" + id);
        assertThat(card.getElement().getTextRecursively())
                .contains("buyer@dataport.example", "Port calls of 2024", "Waiting for an offer for less than an hour");

        navigate("workspace/quotes/" + id, MerchantQuoteView.class);
        OfferForm form = $(MerchantQuoteView.class).single().offerForm;
        test(form.amount).setValue("1.234");
        test(form.send).click();
        assertThat(form.amount.isInvalid())
                .as("CNY has two decimals: never rounded")
                .isTrue();
        assertThat(form.amount.getValue()).isEqualTo("1.234");

        test(form.amount).setValue("8800.00");
        test(form.terms).setValue("Internal use, 2 seats");
        test(form.send).click();

        assertThat($(Div.class).id("quote-thread").getElement().getTextRecursively())
                .contains("Private offer: Custom extract for", "8,800.00", "Internal use, 2 seats");
        assertThat($(Span.class).id("quote-status").getElement().getAttribute("data-status"))
                .isEqualTo("OFFERED");
    }

    @Test
    void theBuyerReadsTheOfferAndDeclinesIt() {
        long id = fixtures.request();
        fixtures.offer(id, "640.00");
        fixtures.as(DemoSignIn.BUYER);

        navigate("quotes/" + id, QuoteThreadView.class);
        assertThat($(Paragraph.class).id("quote-offer-price").getText()).contains("640.00");
        test($(Button.class).id("quote-decline")).click();

        assertThat($(Span.class).id("quote-status").getElement().getAttribute("data-status"))
                .isEqualTo(QuoteStatus.DECLINED.name());
        assertThat($(Paragraph.class).id("quote-offer-closed").getText()).startsWith("You declined this offer");
    }

    @Test
    void anotherUsersThreadLooksLikeAMissingPage() {
        long id = fixtures.request();
        fixtures.as(QuoteFixtures.OTHER_USER);

        navigate("quotes/" + id, NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aMessageWithAFileThatIsNotWhatItsNameSaysIsRefusedAndKeepsItsText() {
        long id = fixtures.request();
        navigate("quotes/" + id, QuoteThreadView.class);
        MessageComposer composer = $(QuoteThreadView.class).single().composer;

        test(composer.text).setValue("Our contract");
        composer.received("contract.pdf", "not a pdf".getBytes());
        test(composer.send).click();

        assertThat(composer.error.isVisible()).isTrue();
        assertThat(composer.error.getText()).isEqualTo("Only PDF, PNG and JPEG files can be attached.");
        assertThat(composer.text.getValue()).isEqualTo("Our contract");
    }

    @Test
    void staffReadTheNegotiationBehindAnOrderAndAreToldWhenThereIsNone() {
        long id = fixtures.request();
        int offer = fixtures.offer(id, "99.00");
        fixtures.as(DemoSignIn.BUYER);
        long order = quotes.accept(id, offer);

        fixtures.as(DemoSignIn.COMPLIANCE);
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(StaffQuoteView.path(order), StaffQuoteView.class);
        assertThat($(Div.class).id("quote-thread").getElement().getTextRecursively())
                .contains("买家已接受报价");

        navigate(StaffQuoteView.path(999_999_999L), StaffQuoteView.class);
        assertThat($(Paragraph.class).id("quote-staff-none").getText()).startsWith("此订单并非来自专属报价");
    }
}
