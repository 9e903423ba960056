package dataport.delivery.ui;

import static dataport.delivery.PaidOrders.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.PaidOrders;
import dataport.delivery.Purchases;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.shared.Languages;
import dataport.shared.ui.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class SaleViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderService orderService;

    @Autowired
    Purchases purchases;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A paid dedicated-line order of the demo merchant, with the merchant signed in. */
    private long paidLineOrder() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing =
                orders.listing(DeliveryMode.DEDICATED_LINE, l -> l.merchant().id() == f.demoMerchantId());
        long order = orders.paidOrder(listing);
        await(() -> purchases.purchase(order).orElseThrow().entitlement() != null, "the entitlement is granted");
        DemoSignIn.as(f.accountsSignIn(), DemoSignIn.MERCHANT);
        return order;
    }

    @Test
    void theMerchantSeesTheStepsAndMarksTheOrderDeliveredWithANote() {
        long order = paidLineOrder();
        navigate("workspace/orders/" + order, SaleView.class);
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains("Provision and test the line.");

        $(TextArea.class).id("delivery-note").setValue("Line live: port 7, VLAN 210.");
        test($(Button.class).id("mark-delivered-button")).click();

        assertThat(orderService.purchase(order).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat($(Paragraph.class).id("sale-state").getText())
                .isEqualTo("Delivered. Waiting for the buyer to accept.");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Line live: port 7, VLAN 210.");
    }

    @Test
    void anEmptyNoteIsRefusedNextToTheFieldAndNothingChanges() {
        long order = paidLineOrder();
        navigate("workspace/orders/" + order, SaleView.class);

        test($(Button.class).id("mark-delivered-button")).click();

        TextArea note = $(TextArea.class).id("delivery-note");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).startsWith("Write a note for the buyer");
        assertThat(orderService.purchase(order).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void chineseMerchantsSeeTheOrderPageInChinese() {
        long order = paidLineOrder();
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate("workspace/orders/" + order, SaleView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("收据", "交付事项", "标记为已交付");
    }

    @Test
    void aFileOrderLinksToTheFileUpload() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        long listing = f.fileListing();
        // A made-up file order of the demo merchant cannot be shown (the page reads real orders): the link is on
        // the listing's own file page instead.
        navigate("workspace/listings/" + listing + "/deliverable", DeliverableView.class);

        assertThat($(Paragraph.class).id("no-deliverable").isVisible()).isTrue();
    }

    @Test
    void anotherMerchantsOrderShowsTheNotFoundPage() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing =
                orders.listing(DeliveryMode.FILE, l -> l.merchant().id() != f.demoMerchantId());
        long order = orders.paidOrder(listing);
        DemoSignIn.as(f.accountsSignIn(), DemoSignIn.MERCHANT);

        navigate("workspace/orders/" + order, NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).doesNotContain("workspace/orders/" + order);
    }
}
