package dataport.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.delivery.PaidOrders;
import java.io.IOException;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ReceiptsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Receipts receipts;

    @Autowired
    OrderService orders;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theBuyersReceiptNamesTheOrderItsExactAmountsAndTheChineseTitleInBothLanguages() throws IOException {
        PaidOrders paid = new PaidOrders(context);
        ListingDetails listing =
                paid.listing(DeliveryMode.FILE, l -> l.content().title().zh() != null);
        long orderId = paid.paidOrder(listing);
        OrderSummary order = orders.myOrder(orderId).orElseThrow();

        ReceiptFile receipt =
                receipts.buyerReceipt(orderId, ZoneId.of("Asia/Shanghai")).orElseThrow();

        assertThat(receipt.fileName()).isEqualTo("receipt-" + order.number() + ".pdf");
        assertThat(receipt.contentType()).isEqualTo("application/pdf");
        String text = text(receipt.content());
        String total = order.total().currency().getCurrencyCode() + " "
                + String.format("%,.2f", order.total().amount());
        assertThat(text)
                .contains(order.number())
                .contains(listing.content().title().zh())
                .contains(listing.content().title().en())
                .contains("Receipt · 收据")
                .contains("Total paid")
                .contains("实付金额")
                .contains(total)
                .contains("Asia/Shanghai (UTC+8)")
                .contains("pi_");
    }

    @Test
    void nobodyButTheBuyerGetsTheReceipt() {
        PaidOrders paid = new PaidOrders(context);
        long orderId = paid.paidOrder(paid.listing(DeliveryMode.FILE, l -> true));

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);

        assertThat(receipts.buyerReceipt(orderId, ZoneId.of("UTC"))).isEmpty();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
