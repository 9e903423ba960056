package dataport.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.catalog.CatalogService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingDetails;
import dataport.catalog.PricingModel;
import dataport.merchants.MerchantService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Checkout against the real Stripe emulator, with webhooks arriving over HTTP at this application (hence a fixed
 * port, and the emulator at {@code DATAPORT_STRIPE_EMULATOR_URL}, default 127.0.0.1:12111). Joins the database the
 * other integration tests use without wiping it again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.port=${DATAPORT_TEST_WEBHOOK_PORT:18196}",
            "dataport.base-url=http://localhost:${server.port}",
            "dataport.stripe.emulator-url=${DATAPORT_STRIPE_EMULATOR_URL:http://127.0.0.1:12111}",
            "dataport.database.reset-on-start=false",
            "dataport.search.rebuild-on-start=false",
            "dataport.orders.reconcile-initial-delay=PT1H"
        })
@ActiveProfiles("test")
class StripeWebhookIntegrationTest {

    @Autowired
    OrderService orders;

    @Autowired
    OrderPayments payments;

    @Autowired
    OrderReconciliation reconciliation;

    @Autowired
    CatalogService catalog;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MerchantService merchants;

    @Value("${dataport.stripe.emulator-url:http://127.0.0.1:12111}")
    String emulatorUrl;

    @Value("${dataport.database.name}")
    String database;

    @Value("${server.port}")
    int port;

    EmulatorClient emulator;

    @BeforeEach
    void signInAsBuyer() {
        emulator = new EmulatorClient(emulatorUrl, "sk_test_dataport_" + database);
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated("buyer@dataport.example", "DataPort-Demo-2026!");
        attempt.setDetails(new WebAuthenticationDetails("10.60.0.2", null));
        Authentication buyer = signIn.authenticate(attempt);
        SecurityContextHolder.getContext().setAuthentication(buyer);
        await(orders::paymentsAvailable, "the app registered its webhook endpoint on the emulator");
    }

    @AfterEach
    void releaseAndSignOut() {
        emulator.post("/_emulator/webhooks/release");
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSameWebhookFiveTimesAndOutOfOrderMakesOnePaymentAndOneTransition() {
        long charges = emulator.statLong("charges_succeeded");
        long duplicates = emulator.statLong("duplicate_charges");
        long delivered = emulator.statLong("webhooks", "delivered");
        long order = newOrder();
        String session = sessionOf(orders.startPayment(order, Locale.ENGLISH));

        emulator.post("/_emulator/webhooks/hold");
        emulator.post("/_emulator/checkout/sessions/" + session + "/pay");
        emulator.post("/_emulator/webhooks/release?order=reverse&delay_ms=5");
        String completed =
                emulator.eventIds("checkout.session.completed", session).getFirst();
        emulator.post("/_emulator/events/" + completed + "/resend?count=5");

        await(() -> status(order) == OrderStatus.PAID, "the order is paid");
        // Other endpoints of the account (another test context's) may be failing and retried: count ours only.
        await(() -> emulator.statLong("webhooks", "delivered") - delivered >= 6, "the resent events are delivered");
        assertThat(jdbc.queryForObject("select count(*) from stripe_event where id = ?", Long.class, completed))
                .isEqualTo(1);
        assertThat(paidMails(order)).as("one transition, one mail").isEqualTo(1);
        long members = jdbc.queryForObject(
                "select count(*) from merchant_member m join customer_order o on o.merchant_id = m.merchant_id"
                        + " where o.id = ?",
                Long.class,
                order);
        assertThat(members).as("the seller has members to tell").isPositive();
        assertThat(mails(order, "to deliver") + mails(order, "待交付"))
                .as("each member of the seller is told once of the order to deliver")
                .isEqualTo(members);
        assertThat(emulator.statLong("charges_succeeded") - charges).isEqualTo(1);
        assertThat(emulator.statLong("duplicate_charges") - duplicates).isZero();
    }

    @Test
    void aForgedWebhookIsRefusedAndChangesNothing() throws Exception {
        long order = newOrder();
        String session = sessionOf(orders.startPayment(order, Locale.ENGLISH));
        String body = """
                {"id":"evt_forged_%s","object":"event","api_version":"%s","type":"checkout.session.completed",
                 "data":{"object":{"id":"%s","object":"checkout.session","status":"complete","payment_status":"paid",
                 "client_reference_id":"%d","payment_intent":"pi_forged"}}}""".formatted(UUID.randomUUID(), com.stripe.Stripe.API_VERSION, session, order);

        assertThat(postWebhook(body, "t=" + Instant.now().getEpochSecond() + ",v1=" + "ab".repeat(32)))
                .isEqualTo(400);
        assertThat(postWebhook(body, null)).isEqualTo(400);

        assertThat(status(order)).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(jdbc.queryForObject("select count(*) from stripe_event where id like 'evt_forged_%'", Long.class))
                .isZero();
    }

    @Test
    void anOrderPaidWhileTheAppMissedTheWebhookIsSettledByReconciliationWithoutASecondCharge() {
        long charges = emulator.statLong("charges_succeeded");
        long duplicates = emulator.statLong("duplicate_charges");
        long order = newOrder();
        String session = sessionOf(orders.startPayment(order, Locale.ENGLISH));

        emulator.post("/_emulator/webhooks/hold");
        var afterPay = emulator.post("/_emulator/checkout/sessions/" + session + "/pay");
        assertThat(afterPay.get("status").getAsString())
                .as("paid on the emulator: %s", afterPay)
                .isEqualTo("complete");
        assertThat(status(order)).as("no webhook arrived").isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(jdbc.queryForObject(
                        "select stripe_session_id from customer_order where id = ?", String.class, order))
                .isEqualTo(session);
        // MariaDB reports itself as 5.5.5, so Hibernate stores timestamps to the second (rounded): let the order's
        // creation time be in the past before asking for orders older than "now".
        sleep(1_100);

        var first = reconciliation.reconcile(Duration.ZERO);
        var second = reconciliation.reconcile(Duration.ZERO);
        assertThat(status(order)).as("reconciled: %s, then %s", first, second).isEqualTo(OrderStatus.PAID);

        long delivered = emulator.statLong("webhooks", "delivered");
        emulator.post("/_emulator/webhooks/release");
        await(() -> emulator.statLong("webhooks", "delivered") > delivered, "the late webhooks are delivered");
        await(
                () -> jdbc.queryForObject(
                                "select count(*) from stripe_event where type = 'checkout.session.completed' and order_id = ?",
                                Long.class,
                                order)
                        == 1,
                "the late checkout.session.completed is handled");
        assertThat(status(order)).isEqualTo(OrderStatus.PAID);
        assertThat(paidMails(order)).isEqualTo(1);
        assertThat(emulator.statLong("charges_succeeded") - charges).isEqualTo(1);
        assertThat(emulator.statLong("duplicate_charges") - duplicates).isZero();
    }

    @Test
    void twoTabsPayingTheSameOrderMakeOneCharge() {
        long charges = emulator.statLong("charges_succeeded");
        long paidTwice = emulator.statLong("client_reference_ids_paid_more_than_once");
        long order = newOrder();
        Authentication buyer = SecurityContextHolder.getContext().getAuthentication();
        List<CompletableFuture<PaymentStart>> tabs = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    SecurityContextHolder.getContext().setAuthentication(buyer);
                    return orders.startPayment(order, Locale.ENGLISH);
                }))
                .toList();
        List<String> urls = tabs.stream().map(t -> t.join().url()).distinct().toList();
        assertThat(urls).as("both tabs get the same session").hasSize(1);
        String session = sessionOf(tabs.getFirst().join());

        emulator.post("/_emulator/checkout/sessions/" + session + "/pay");
        emulator.post("/_emulator/checkout/sessions/" + session + "/pay");

        await(() -> status(order) == OrderStatus.PAID, "the order is paid");
        assertThat(emulator.statLong("charges_succeeded") - charges).isEqualTo(1);
        assertThat(emulator.statLong("client_reference_ids_paid_more_than_once") - paidTwice)
                .isZero();
    }

    @Test
    void aDoubleClickOnPayMakesOneOrder() {
        ListingDetails listing = buyableListing();
        CheckoutRequest request = request(listing, UUID.randomUUID().toString());

        long first = orders.placeOrder(request);
        long second = orders.placeOrder(request);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aListingChangedSinceThePageShowedItIsNotOrderedAtTheOldPrice() {
        ListingDetails listing = buyableListing();
        long before = jdbc.queryForObject("select count(*) from customer_order", Long.class);
        CheckoutRequest stale = new CheckoutRequest(
                UUID.randomUUID().toString(),
                listing.id(),
                listing.version() - 1,
                planIndex(listing),
                listing.plans().get(planIndex(listing)).price(),
                1);
        CheckoutRequest cheaper = new CheckoutRequest(
                UUID.randomUUID().toString(),
                listing.id(),
                listing.version(),
                planIndex(listing),
                dataport.shared.Money.ofMinor(
                        1,
                        listing.plans()
                                .get(planIndex(listing))
                                .price()
                                .currency()
                                .getCurrencyCode()),
                1);

        assertThatThrownBy(() -> orders.placeOrder(stale))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckoutRefused.Reason.STALE_LISTING));
        assertThatThrownBy(() -> orders.placeOrder(cheaper))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckoutRefused.Reason.STALE_LISTING));
        assertThat(jdbc.queryForObject("select count(*) from customer_order", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aDeclinedCardLeavesTheOrderUnpaidAndTellsTheBuyer() {
        long order = newOrder();
        String session = sessionOf(orders.startPayment(order, Locale.ENGLISH));

        emulator.post("/_emulator/checkout/sessions/" + session + "/decline");

        await(() -> mails(order, "failed") == 1, "the buyer is told");
        assertThat(status(order)).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void theReturnPageSettlesAPaidOrderBeforeItsWebhook() {
        long order = newOrder();
        String session = sessionOf(orders.startPayment(order, Locale.ENGLISH));
        emulator.post("/_emulator/webhooks/hold");
        emulator.post("/_emulator/checkout/sessions/" + session + "/pay");

        assertThat(orders.confirmReturn(order).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void anAbandonedCheckoutIsExpiredAtStripeAndCancelledAfterThirtyMinutes() {
        long order = newOrder();
        String session = sessionOf(orders.startPayment(order, Locale.ENGLISH));
        jdbc.update(
                "update customer_order set created_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(31))),
                order);

        reconciliation.reconcile(Duration.ofMinutes(2));
        reconciliation.reconcile(Duration.ofMinutes(2));

        assertThat(status(order)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(emulator.get("/v1/checkout/sessions/" + session)
                        .get("status")
                        .getAsString())
                .as("the session can no longer be paid")
                .isEqualTo("expired");
    }

    @Test
    void aSubscriptionRenewalMovesAccessAndAFailedOneEndsIt() {
        long order = orders.placeOrder(subscriptionRequest());
        String session = sessionOf(orders.startPayment(order, Locale.ENGLISH));
        emulator.post("/_emulator/checkout/sessions/" + session + "/pay");
        await(() -> status(order) == OrderStatus.PAID, "the subscription is paid");
        Instant firstEnd = accessUntil(order);
        String subscription = jdbc.queryForObject(
                "select stripe_subscription_id from customer_order where id = ?", String.class, order);
        assertThat(subscription).startsWith("sub_");

        emulator.post("/_emulator/subscriptions/" + subscription + "/renew?outcome=paid");
        await(() -> accessUntil(order).isAfter(firstEnd), "the renewal moves access on");

        Instant renewedEnd = accessUntil(order);
        emulator.post("/_emulator/subscriptions/" + subscription + "/renew?outcome=failed");
        await(() -> mails(order, "Renewal") == 1, "the buyer is told the renewal failed");
        await(
                () -> jdbc.queryForObject(
                                "select count(*) from stripe_event where type = 'customer.subscription.deleted' and order_id = ?",
                                Long.class,
                                order)
                        == 1,
                "the subscription's end is handled");
        assertThat(accessUntil(order)).isBeforeOrEqualTo(renewedEnd);
    }

    private Instant accessUntil(long order) {
        java.sql.Timestamp t = jdbc.queryForObject(
                "select access_until from customer_order where id = ?", java.sql.Timestamp.class, order);
        return t == null ? Instant.EPOCH : t.toInstant();
    }

    private CheckoutRequest subscriptionRequest() {
        for (ListingDetails l : catalog.recentlyPublished(200)) {
            if (l.content().deliveryMode() == DeliveryMode.FILE || l.content().deliveryMode() == DeliveryMode.API) {
                continue; // delivered at once when paid (delivery module): this test watches the PAID order
            }
            for (int i = 0; i < l.plans().size(); i++) {
                if (l.plans().get(i).model() == PricingModel.SUBSCRIPTION
                        && l.merchant().isActive()) {
                    return new CheckoutRequest(
                            UUID.randomUUID().toString(),
                            l.id(),
                            l.version(),
                            i,
                            l.plans().get(i).price(),
                            1);
                }
            }
        }
        throw new AssertionError("no subscription plan in the demo catalogue");
    }

    private long newOrder() {
        ListingDetails listing = buyableListing();
        return orders.placeOrder(request(listing, UUID.randomUUID().toString()));
    }

    private CheckoutRequest request(ListingDetails listing, String key) {
        int plan = planIndex(listing);
        return new CheckoutRequest(
                key,
                listing.id(),
                listing.version(),
                plan,
                listing.plans().get(plan).price(),
                1);
    }

    private ListingDetails buyableListing() {
        // File and API orders are delivered as soon as they are paid (delivery module): these tests watch payment
        // alone, so they buy what the merchant delivers by hand and the order stays PAID.
        return catalog.recentlyPublished(200).stream()
                .filter(l -> planIndex(l) >= 0)
                .filter(l -> l.content().deliveryMode() != DeliveryMode.FILE
                        && l.content().deliveryMode() != DeliveryMode.API)
                // A seller with members, so the mail telling them of the order can be checked.
                .filter(l -> !merchants.memberIds(l.merchant().id()).isEmpty())
                .filter(l -> !l.merchant().name().in(Locale.ENGLISH).isBlank())
                .filter(l -> l.merchant().isActive())
                .findFirst()
                .orElseThrow();
    }

    private static int planIndex(ListingDetails listing) {
        for (int i = 0; i < listing.plans().size(); i++) {
            if (listing.plans().get(i).model() == PricingModel.ONE_OFF) {
                return i;
            }
        }
        return -1;
    }

    private static String sessionOf(PaymentStart start) {
        String url = start.url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private OrderStatus status(long order) {
        return OrderStatus.valueOf(
                jdbc.queryForObject("select status from customer_order where id = ?", String.class, order));
    }

    private long paidMails(long order) {
        return mails(order, "paid");
    }

    private long mails(long order, String what) {
        String number =
                jdbc.queryForObject("select order_number from customer_order where id = ?", String.class, order);
        return jdbc.queryForObject(
                "select count(*) from outgoing_mail where subject like ? and subject like ?",
                Long.class,
                "%" + number + "%",
                "%" + what + "%");
    }

    private int postWebhook(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/stripe/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
