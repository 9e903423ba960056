package dataport.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dataport.IntegrationTest;
import dataport.catalog.DataClassification;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.compliance.CrossBorderFixtures;
import dataport.compliance.ui.AssessmentView;
import dataport.shared.ui.ExportNoticePanel;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The cross-border check on the listing page and at checkout, before the buyer pays. */
@IntegrationTest
class CheckoutRoutingViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    CrossBorderFixtures f;

    @BeforeEach
    void signInAsTheDemoBuyer() {
        f = new CrossBorderFixtures(context);
        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CheckoutView openCheckout(ListingDetails l) {
        UI.getCurrent()
                .navigate(
                        "checkout/" + l.id(),
                        QueryParameters.simple(Map.of("plan", String.valueOf(CrossBorderFixtures.pricedPlan(l)))));
        return $(CheckoutView.class).single();
    }

    @Test
    void theListingPageTellsABuyerAbroadThatImportantDataNeedsReview() {
        ListingDetails important = f.listing(DataClassification.IMPORTANT, l -> true);

        navigate("listings/" + important.id(), dataport.catalog.ui.ListingView.class);

        ExportNoticePanel notice = $(ExportNoticePanel.class).single();
        assertThat(notice.getElement().getAttribute("data-outcome")).isEqualTo("NEEDS_REVIEW");
        assertThat($(Paragraph.class).id("export-reason").getText()).contains("important data");
    }

    @Test
    void aCoreListingCannotBeOrderedFromAbroadEvenWhenTheBuyerAgrees() {
        CheckoutView checkout = openCheckout(f.listing(DataClassification.CORE, l -> true));

        checkout.destination.setValue("US");
        test($(Checkbox.class).id("checkout-agree")).click();

        assertThat($(ExportNoticePanel.class).single().getElement().getAttribute("data-outcome"))
                .isEqualTo("BLOCKED");
        assertThat($(Button.class).id("checkout-pay").isEnabled()).isFalse();
    }

    @Test
    void aMainlandBuyerSeesNoCrossBorderCheck() {
        CheckoutView checkout = openCheckout(f.listing(DataClassification.CORE, l -> true));

        checkout.destination.setValue("CN");
        test($(Checkbox.class).id("checkout-agree")).click();

        assertThat($(Div.class).id("checkout-export").getChildren()).isEmpty();
        assertThat($(Button.class).id("checkout-pay").isEnabled()).isTrue();
        assertThat($(Button.class).id("checkout-pay").getText())
                .isEqualTo(checkout.getTranslation("orders.checkout.pay"));
    }

    @Test
    void anImportantListingOrderedFromAbroadIsPlacedAndTheBuyerGoesToTheAssessment() {
        CheckoutView checkout = openCheckout(f.listing(DataClassification.IMPORTANT, l -> true));

        checkout.destination.setValue("DE");
        test($(Checkbox.class).id("checkout-agree")).click();
        Button pay = $(Button.class).id("checkout-pay");
        assertThat(pay.getText()).isEqualTo(checkout.getTranslation("orders.checkout.request-review"));
        test(pay).click();

        assertThat($(AssessmentView.class).exists()).isTrue();
        assertThat($(Button.class).id("assessment-pay").isEnabled())
                .as("payment waits for the assessment")
                .isFalse();
    }
}
