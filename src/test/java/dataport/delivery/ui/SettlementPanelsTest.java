package dataport.delivery.ui;

import static dataport.delivery.PaidOrders.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.PaidOrders;
import dataport.delivery.Purchases;
import dataport.settlement.DisputeService;
import dataport.settlement.SettlementState;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The payment's hold on the buyer's and the merchant's order pages: its end, a dispute, and a refund refused. */
@IntegrationTest
class SettlementPanelsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Purchases purchases;

    @Autowired
    DisputeService disputes;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A paid order of the demo merchant; the buyer stays signed in. */
    private long paidOrder() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing =
                orders.listing(DeliveryMode.DEDICATED_LINE, l -> l.merchant().id() == f.demoMerchantId());
        long order = orders.paidOrder(listing);
        await(() -> purchases.purchase(order).orElseThrow().entitlement() != null, "the entitlement is granted");
        return order;
    }

    @Test
    void theBuyerSeesWhenTheMerchantIsPaidAndOpensADisputeWithAReason() {
        long order = paidOrder();
        navigate("purchases/" + order, PurchaseView.class);
        assertThat($(Paragraph.class).id("hold-state").getText())
                .startsWith("The merchant is paid when you accept the delivery, or automatically on ");

        test($(Button.class).id("dispute-open")).click();
        assertThat($(TextArea.class).id("dispute-reason").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("dispute-reason").getErrorMessage()).isEqualTo("Please give a reason.");

        $(TextArea.class).id("dispute-reason").setValue("The line was never provisioned.");
        test($(Button.class).id("dispute-open")).click();

        assertThat(disputes.settlementOfMyOrder(order).orElseThrow().state()).isEqualTo(SettlementState.HELD);
        assertThat($(Paragraph.class).id("hold-state").getText())
                .isEqualTo("The payment is frozen by a dispute until staff decide.");
    }

    @Test
    void theMerchantSeesTheHoldEndAndCannotRefundMoreThanWasPaid() {
        long order = paidOrder();
        DemoSignIn.as(new DeliveryFixtures(context).accountsSignIn(), DemoSignIn.MERCHANT);
        navigate("workspace/orders/" + order, SaleView.class);
        assertThat($(Paragraph.class).id("sale-hold").getText()).startsWith("Your share is released when the buyer");
        assertThat($(Paragraph.class).id("sale-split").getText()).contains("platform fee");

        BigDecimalField amount = $(BigDecimalField.class).id("refund-amount");
        amount.setValue(amount.getValue().add(BigDecimal.ONE));
        test($(Button.class).id("refund-submit")).click();

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).startsWith("At most ");
    }
}
