package dataport.delivery;

import static dataport.delivery.PaidOrders.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.orders.OrderStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** From a real paid order to what it unlocks: the file byte-identical, an API key the gateway accepts, a note. */
@IntegrationTest
class PaidOrderDeliveryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Purchases purchases;

    @Autowired
    Fulfilment fulfilment;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Downloads downloads;

    @Autowired
    Gateway gateway;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPaidFileOrderIsDeliveredAtOnceDownloadsByteIdenticalAndIsAccepted() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing = orders.listing(DeliveryMode.FILE, l -> true);
        byte[] file = DeliveryFixtures.csv(1024 * 1024 + 77);
        DemoSignIn.as(f.signIn, DemoSignIn.ADMIN);
        deliverables.uploadForMerchant(listing.id(), "delivery.csv", new ByteArrayInputStream(file));

        long order = orders.paidOrder(listing);
        await(() -> orders.status(order) == OrderStatus.DELIVERED, "the file order is delivered");

        DeliveryOverview overview = purchases.purchase(order).orElseThrow();
        assertThat(overview.file().sha256()).isEqualTo(DeliveryFixtures.sha256(file));
        assertThat(overview.notes()).extracting(NoteView::text).containsExactly(EntitlementGrants.NOTE_FILE_READY);
        DeliveryIntegrationTest.Link link =
                DeliveryIntegrationTest.Link.of(overview.link().href());
        Downloads.Outcome outcome = downloads.start(link.orderId(), link.fileId(), link.expires(), link.signature());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        downloads.send(outcome.started(), out);
        assertThat(DeliveryFixtures.sha256(out.toByteArray())).isEqualTo(DeliveryFixtures.sha256(file));
        assertThat(out.toByteArray()).isEqualTo(file);

        purchases.accept(order);
        assertThat(orders.status(order)).isEqualTo(OrderStatus.ACCEPTED);
        assertThatThrownBy(() -> purchases.accept(order)).as("accepting twice").isNotNull();
    }

    @Test
    void aPaidApiOrderGetsAKeyShownOnceThatTheMerchantsGatewayAcceptsUntilReplaced() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing =
                orders.listing(DeliveryMode.API, l -> l.merchant().id() == f.demoMerchantId());
        long order = orders.paidOrder(listing);
        await(() -> orders.status(order) == OrderStatus.DELIVERED, "the API order is delivered");

        NewApiKey first = purchases.createApiKey(order);
        NewApiKey second = purchases.createApiKey(order);
        DeliveryOverview overview = purchases.purchase(order).orElseThrow();

        assertThat(overview.keys()).hasSize(2);
        assertThat(overview.keys().getFirst().usable()).isTrue();
        assertThat(overview.keys().getLast().usable()).isFalse();
        assertThat(overview.keys()).extracting(DeliveryOverview.KeyView::prefix).doesNotContain(first.key());
        DemoSignIn.as(f.signIn, DemoSignIn.MERCHANT);
        String secret = gateway.renewSecret();
        KeyCheck ok = gateway.check(secret, second.key()).orElseThrow();
        assertThat(ok.valid()).isTrue();
        assertThat(ok.listingId()).isEqualTo(listing.id());
        assertThat(ok.orderNumber()).isEqualTo(overview.item().orderNumber());
        assertThat(ok.expiresAt()).isEqualTo(overview.entitlement().accessEnds());
        assertThat(gateway.check(secret, first.key()).orElseThrow().valid())
                .as("replaced")
                .isFalse();
    }

    @Test
    void aServiceOrderWaitsForTheMerchantWhoMarksItDeliveredWithANoteTheBuyerReads() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing =
                orders.listing(DeliveryMode.DEDICATED_LINE, l -> l.merchant().id() == f.demoMerchantId());
        long order = orders.paidOrder(listing);
        await(() -> purchases.purchase(order).orElseThrow().entitlement() != null, "the entitlement is granted");
        assertThat(orders.status(order)).isEqualTo(OrderStatus.PAID);

        DemoSignIn.as(f.signIn, DemoSignIn.MERCHANT);
        assertThat(fulfilment.sale(order)).isPresent();
        assertThatThrownBy(() -> fulfilment.markDelivered(order, "  "))
                .isInstanceOf(InvalidNote.class)
                .hasMessage("delivery.mark.note-required");
        assertThatThrownBy(() -> fulfilment.markDelivered(order, "x".repeat(4001)))
                .hasMessage("delivery.mark.note-too-long");
        fulfilment.markDelivered(order, "Port 7 patched, VLAN 210; test report in your mailbox.");
        assertThatThrownBy(() -> fulfilment.markDelivered(order, "again")).hasMessage("delivery.mark.not-paid");

        assertThat(orders.status(order)).isEqualTo(OrderStatus.DELIVERED);
        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        assertThat(purchases.purchase(order).orElseThrow().notes())
                .extracting(NoteView::text)
                .containsExactly("Port 7 patched, VLAN 210; test report in your mailbox.");
    }

    @Test
    void anotherBuyersOrderLooksMissingAndCannotBeUsed() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing =
                orders.listing(DeliveryMode.API, l -> l.merchant().id() == f.demoMerchantId());
        long order = orders.paidOrder(listing);
        await(() -> orders.status(order) == OrderStatus.DELIVERED, "the API order is delivered");

        DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
        assertThat(purchases.purchase(order)).isEmpty();
        assertThatThrownBy(() -> purchases.createApiKey(order)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> purchases.accept(order)).isInstanceOf(AccessDeniedException.class);
    }
}
