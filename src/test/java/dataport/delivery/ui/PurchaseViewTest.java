package dataport.delivery.ui;

import static dataport.delivery.PaidOrders.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.PaidOrders;
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
class PurchaseViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderService orderService;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long deliveredOrder(DeliveryMode mode) {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing = mode == DeliveryMode.FILE
                ? orders.listing(mode, l -> true)
                : orders.listing(mode, l -> l.merchant().id() == f.demoMerchantId());
        long order = orders.paidOrder(listing);
        await(() -> orders.status(order) == OrderStatus.DELIVERED, "the order is delivered");
        return order;
    }

    @Test
    void theBuyerSeesTheReceiptTheFileWithItsSha256AndASignedDownloadLink() {
        long order = deliveredOrder(DeliveryMode.FILE);
        var item = orderService.purchase(order).orElseThrow();

        navigate("purchases/" + order, PurchaseView.class);

        assertThat($(Span.class).id("order-number").getText()).isEqualTo(item.orderNumber());
        assertThat($(Span.class).id("file-sha256").getText()).hasSize(64);
        assertThat($(Anchor.class).id("download-link").getHref())
                .startsWith("/downloads/" + order + "/")
                .contains("signature=");
        assertThat($(Paragraph.class).id("downloads-left").getText()).contains("5 of 5");
        assertThat($(Button.class).id("accept-delivery").isEnabled()).isTrue();
    }

    @Test
    void acceptingDeliveryRecordsItAndSaysSo() {
        long order = deliveredOrder(DeliveryMode.FILE);
        navigate("purchases/" + order, PurchaseView.class);

        test($(Button.class).id("accept-delivery")).click();

        assertThat(orderService.purchase(order).orElseThrow().status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat($(Paragraph.class).id("accepted").getText()).isEqualTo("You accepted this delivery. Thank you.");
    }

    @Test
    void chineseReadersSeeThePurchaseInChinese() {
        long order = deliveredOrder(DeliveryMode.FILE);
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate("purchases/" + order, PurchaseView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("收据", "您的下载", "交付说明", "确认收货");
        assertThat($(Anchor.class).id("download-link").getText()).isEqualTo("下载文件");
    }

    @Test
    void anApiKeyIsShownOnceAfterCreatingItAndListedByItsPrefix() {
        long order = deliveredOrder(DeliveryMode.API);
        navigate("purchases/" + order, PurchaseView.class);

        test($(Button.class).id("create-api-key")).click();

        TextField key = $(TextField.class).id("new-api-key");
        assertThat(key.isVisible()).isTrue();
        assertThat(key.getValue()).startsWith("dpk_").hasSize(47);
        navigate("purchases/" + order, PurchaseView.class);
        assertThat($(TextField.class).withId("new-api-key").exists())
                .as("not shown again")
                .isFalse();
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .contains(key.getValue().substring(0, 12) + "…");
    }

    @Test
    void anotherBuyersOrderShowsTheNotFoundPage() {
        long order = deliveredOrder(DeliveryMode.FILE);
        DemoSignIn.as(new DeliveryFixtures(context).accountsSignIn(), DemoSignIn.COMPLIANCE);

        navigate("purchases/" + order, NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
