package dataport.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.catalog.PricingModel;
import dataport.shared.Languages;
import dataport.shared.Money;
import dataport.shared.ui.NotFoundView;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class CheckoutViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    AuthenticationProvider signIn;

    @BeforeEach
    void signInAsTheDemoBuyer() {
        DemoSignIn.as(signIn, DemoSignIn.BUYER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Choice(ListingDetails listing, int plan) {
        ListingDetails.Plan chosen() {
            return listing.plans().get(plan);
        }
    }

    Choice withPlan(PricingModel model) {
        for (ListingDetails l : catalog.recentlyPublished(200)) {
            for (int i = 0; i < l.plans().size(); i++) {
                if (l.plans().get(i).model() == model) {
                    return new Choice(l, i);
                }
            }
        }
        throw new AssertionError("No demo listing with a " + model + " plan");
    }

    private void openCheckout(long listingId, int plan) {
        UI.getCurrent()
                .navigate(
                        "checkout/" + listingId,
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("plan", String.valueOf(plan))));
    }

    @Test
    void theListingPageLinksEachPricedPlanToCheckout() {
        Choice c = withPlan(PricingModel.ONE_OFF);

        navigate("listings/" + c.listing().id(), dataport.catalog.ui.ListingView.class);

        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .id("buy-plan-" + c.plan())
                        .getHref())
                .isEqualTo("checkout/" + c.listing().id() + "?plan=" + c.plan());
    }

    @Test
    void showsThePlanItsTotalAndTheLicenceAndPaysOnlyOnceTheBuyerAgrees() {
        Choice c = withPlan(PricingModel.ONE_OFF);

        openCheckout(c.listing().id(), c.plan());

        assertThat($(Span.class).id("checkout-total").getText())
                .isEqualTo(c.chosen().price().format(UI.getCurrent().getLocale()));
        assertThat($(Div.class).id("checkout-licence").getElement().getTextRecursively())
                .contains(c.listing().content().licence().in(UI.getCurrent().getLocale()));
        assertThat($(CheckoutTotals.class).single().quantity.isVisible())
                .as("one-off plans buy exactly one")
                .isFalse();
        Button pay = $(Button.class).id("checkout-pay");
        assertThat(pay.isEnabled()).isFalse();

        test($(Checkbox.class).id("checkout-agree")).click();
        assertThat(pay.isEnabled())
                .as("not before the buyer says where the data goes")
                .isFalse();
        $(CheckoutView.class).single().destination.setValue("CN");

        assertThat(pay.isEnabled()).isTrue();
    }

    @Test
    void aUsagePlanAsksForTheQuantityAndMultipliesThePrice() {
        Choice c = withPlan(PricingModel.USAGE);
        openCheckout(c.listing().id(), c.plan());
        $(CheckoutView.class).single().destination.setValue("CN");
        test($(Checkbox.class).id("checkout-agree")).click();

        test($(IntegerField.class).id("checkout-quantity")).setValue(3);

        Money three = new Money(
                c.chosen().price().minorUnits() * 3, c.chosen().price().currency());
        assertThat($(Span.class).id("checkout-total").getText())
                .isEqualTo(three.format(UI.getCurrent().getLocale()));
        assertThat($(Button.class).id("checkout-pay").isEnabled()).isTrue();
    }

    @Test
    void aQuantityThatCannotBeBoughtIsExplainedAndStopsPayment() {
        Choice c = withPlan(PricingModel.USAGE);
        openCheckout(c.listing().id(), c.plan());
        test($(Checkbox.class).id("checkout-agree")).click();

        IntegerField quantity = $(IntegerField.class).id("checkout-quantity");
        // The field's own tester refuses values under its minimum; a typed 0 reaches the server all the same.
        quantity.setValue(0);

        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isNotBlank();
        assertThat($(Button.class).id("checkout-pay").isEnabled()).isFalse();
    }

    @Test
    void theIndicativeConversionIsMarkedAsSuch() {
        Choice c = withPlan(PricingModel.ONE_OFF);
        UI.getCurrent().setLocale(Languages.CHINESE);

        openCheckout(c.listing().id(), c.plan());

        String converted = $(Span.class).id("checkout-converted").getText();
        assertThat(converted).contains("参考");
    }

    @Test
    void quotePlansUnknownPlansAndUnknownListingsAreNotFound() {
        Optional<Choice> quote = Optional.empty();
        try {
            quote = Optional.of(withPlan(PricingModel.QUOTE));
        } catch (AssertionError none) {
            // The demo catalogue may have no quote plan; the other cases still hold.
        }
        quote.ifPresent(q -> {
            openCheckout(q.listing().id(), q.plan());
            assertThat($(NotFoundView.class).exists()).isTrue();
        });
        Choice c = withPlan(PricingModel.ONE_OFF);
        openCheckout(c.listing().id(), 99);
        assertThat($(NotFoundView.class).exists()).isTrue();
        openCheckout(999999999L, 0);
        assertThat($(NotFoundView.class).exists()).isTrue();
    }

    @Test
    void theProblemLineIsHiddenWhenCheckoutCanGoOn() {
        Choice c = withPlan(PricingModel.ONE_OFF);
        openCheckout(c.listing().id(), c.plan());

        Paragraph problem = $(CheckoutView.class).single().problem;
        // Without an emulator the line says payments are unavailable; with one it stays hidden.
        assertThat(problem.isVisible()).isEqualTo(!problem.getText().isBlank());
    }
}
