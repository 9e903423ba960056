package dataport.stripeemulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeCollection;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.WebhookEndpoint;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.EventListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.WebhookEndpointCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionListParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the emulator with stripe-java itself, as the application does, and receives its webhooks. */
class StripeJavaAgainstEmulatorTest {

    record Received(String path, String body, String signature) {}

    static Emulator emulator;
    static HttpServer receiver;
    static final List<Received> received = new CopyOnWriteArrayList<>();
    static final AtomicInteger failuresToAnswer = new AtomicInteger();
    static volatile String currentKey;
    static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String key;
    StripeClient stripe;
    String webhookSecret;

    @BeforeAll
    static void startEmulatorAndWebhookReceiver() throws IOException {
        emulator = Emulator.start(0, null, 50, 4);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        receiver.createContext("/webhook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 200;
            if (!exchange.getRequestURI().getPath().equals("/webhook/" + currentKey)) {
                // A late delivery (a retry) for an earlier test's account: not this test's business.
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                return;
            }
            if (failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 500;
            } else {
                received.add(new Received(
                        exchange.getRequestURI().getPath(),
                        body,
                        exchange.getRequestHeaders().getFirst("Stripe-Signature")));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        emulator.close();
    }

    @BeforeEach
    void freshAccountWithAnEndpoint() throws StripeException {
        received.clear();
        failuresToAnswer.set(0);
        key = "sk_test_" + Ids.random(20);
        currentKey = key;
        stripe = StripeClient.builder()
                .setApiKey(key)
                .setApiBase("http://127.0.0.1:" + emulator.port())
                .build();
        WebhookEndpoint endpoint = stripe.v1()
                .webhookEndpoints()
                .create(WebhookEndpointCreateParams.builder()
                        .setUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhook/" + key)
                        .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL)
                        .setApiVersion(java.util.Arrays.stream(WebhookEndpointCreateParams.ApiVersion.values())
                                .filter(v -> v.getValue().equals(Stripe.API_VERSION))
                                .findFirst()
                                .orElseThrow())
                        .build());
        webhookSecret = endpoint.getSecret();
        assertTrue(webhookSecret.startsWith("whsec_"));
    }

    SessionCreateParams.Builder paymentSession(String currency, long unitAmount, long quantity) {
        return SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl("http://localhost:8080/checkout/return?session={CHECKOUT_SESSION_ID}")
                .setCancelUrl("http://localhost:8080/checkout/cancelled")
                .setClientReferenceId("order-17")
                .setCustomerEmail("buyer@example.com")
                .putMetadata("order_id", "17")
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata("order_id", "17")
                        .build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(quantity)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(currency)
                                .setUnitAmount(unitAmount)
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Global shipping dataset")
                                        .setDescription("Monthly AIS extract")
                                        .build())
                                .build())
                        .build());
    }

    String control(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulator.port() + "/_emulator/" + path))
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    JsonObject stats() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulator.port() + "/_emulator/stats"))
                        .header("Authorization", "Bearer " + key)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Waits for webhooks and verifies each signature as the application will, with stripe-java. */
    List<Event> events(int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (received.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(150); // deliveries run in parallel: let the stragglers of the same change arrive
        List<Event> events = new ArrayList<>();
        for (Received r : received) {
            events.add(Webhook.constructEvent(r.body(), r.signature(), webhookSecret));
        }
        assertTrue(events.size() >= atLeast, "webhooks received: " + types(events));
        return events;
    }

    static List<String> types(List<Event> events) {
        return events.stream().map(Event::getType).collect(Collectors.toList());
    }

    static Event first(List<Event> events, String type) {
        return events.stream()
                .filter(e -> e.getType().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + types(events)));
    }

    static <T extends StripeObject> T object(Event event, Class<T> type) {
        return type.cast(event.getDataObjectDeserializer()
                .getObject()
                .orElseThrow(() -> new AssertionError("data.object of " + event.getType() + " not deserializable")));
    }

    @Test
    void aSessionIsCreatedRetrievedListedAndExpired() throws Exception {
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 1999, 2).build());

        assertTrue(session.getId().startsWith("cs_test_"));
        assertEquals("open", session.getStatus());
        assertEquals("unpaid", session.getPaymentStatus());
        assertEquals(3998L, session.getAmountTotal());
        assertEquals("usd", session.getCurrency());
        assertEquals("order-17", session.getClientReferenceId());
        assertEquals("17", session.getMetadata().get("order_id"));
        assertEquals("http://localhost:" + emulator.port() + "/c/pay/" + session.getId(), session.getUrl());
        assertTrue(session.getExpiresAt() - session.getCreated() == 24 * 3600);

        Session again = stripe.v1()
                .checkout()
                .sessions()
                .retrieve(
                        session.getId(),
                        SessionRetrieveParams.builder().addExpand("line_items").build(),
                        (RequestOptions) null);
        assertEquals(1, again.getLineItems().getData().size());
        assertEquals(
                "Global shipping dataset", again.getLineItems().getData().get(0).getDescription());
        assertEquals(1999L, again.getLineItems().getData().get(0).getPrice().getUnitAmount());

        StripeCollection<Session> open = stripe.v1()
                .checkout()
                .sessions()
                .list(SessionListParams.builder()
                        .setStatus(SessionListParams.Status.OPEN)
                        .build());
        assertEquals(session.getId(), open.getData().get(0).getId());

        Session expired = stripe.v1().checkout().sessions().expire(session.getId());
        assertEquals("expired", expired.getStatus());
        assertNull(expired.getUrl());
        InvalidRequestException twice = assertThrows(
                InvalidRequestException.class,
                () -> stripe.v1().checkout().sessions().expire(session.getId()));
        assertTrue(twice.getMessage().contains("status of \"expired\""));
        assertEquals(
                Session.class,
                object(first(events(1), "checkout.session.expired"), Session.class)
                        .getClass());
    }

    @Test
    void advancingTheClockPastExpiresAtExpiresOpenSessionsWithTheirEvents() throws Exception {
        long now = Instant.now().getEpochSecond();
        Session soon = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 100, 1)
                        .setExpiresAt(now + 31 * 60)
                        .build());
        Session later = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 100, 1).build());
        control("checkout/sessions/" + soon.getId() + "/decline");

        control("clock/advance?seconds=" + 32 * 60);

        assertEquals(
                "expired",
                stripe.v1().checkout().sessions().retrieve(soon.getId()).getStatus());
        assertEquals(
                "open",
                stripe.v1().checkout().sessions().retrieve(later.getId()).getStatus());
        List<Event> events = events(5);
        assertEquals(
                soon.getId(),
                object(first(events, "checkout.session.expired"), Session.class).getId());
        assertEquals(
                "canceled",
                object(first(events, "payment_intent.canceled"), PaymentIntent.class)
                        .getStatus());
        // expires_at is still checked against real time, as Stripe would.
        assertNotNull(stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 100, 1)
                        .setExpiresAt(now + 31 * 60)
                        .build()));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReplaysTheFirstSession() throws Exception {
        RequestOptions options = RequestOptions.builder()
                .setIdempotencyKey("order-17-checkout-1")
                .build();
        Session first = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 1999, 1).build(), options);
        Session retried = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 1999, 1).build(), options);

        assertEquals(first.getId(), retried.getId());
        assertEquals(
                "true",
                retried.getLastResponse()
                        .headers()
                        .firstValue("Idempotent-Replayed")
                        .orElse(null));
        assertEquals(1, stats().get("checkout_sessions").getAsInt());

        IdempotencyException changed = assertThrows(
                IdempotencyException.class,
                () -> stripe.v1()
                        .checkout()
                        .sessions()
                        .create(paymentSession("usd", 2999, 1).build(), options));
        assertTrue(changed.getMessage().contains("same parameters"));
    }

    @Test
    void payingCompletesTheSessionAndSendsSignedEventsTheLibraryCanRead() throws Exception {
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 1999, 2).build());
        control("checkout/sessions/" + session.getId() + "/pay");

        List<Event> events = events(4);
        assertTrue(
                types(events)
                        .containsAll(List.of(
                                "payment_intent.created",
                                "charge.succeeded",
                                "payment_intent.succeeded",
                                "checkout.session.completed")),
                types(events).toString());
        Event completed = first(events, "checkout.session.completed");
        assertEquals(Stripe.API_VERSION, completed.getApiVersion());
        Session fromEvent = object(completed, Session.class);
        assertEquals("complete", fromEvent.getStatus());
        assertEquals("paid", fromEvent.getPaymentStatus());
        assertEquals("order-17", fromEvent.getClientReferenceId());
        PaymentIntent intent = object(first(events, "payment_intent.succeeded"), PaymentIntent.class);
        assertEquals(3998L, intent.getAmountReceived());
        assertEquals("17", intent.getMetadata().get("order_id"));

        Session paid = stripe.v1()
                .checkout()
                .sessions()
                .retrieve(
                        session.getId(),
                        SessionRetrieveParams.builder()
                                .addExpand("payment_intent.latest_charge")
                                .build(),
                        (RequestOptions) null);
        assertEquals(intent.getId(), paid.getPaymentIntentObject().getId());
        Charge charge = paid.getPaymentIntentObject().getLatestChargeObject();
        assertEquals("succeeded", charge.getStatus());
        assertEquals(3998L, charge.getAmount());
        assertEquals("4242", charge.getPaymentMethodDetails().getCard().getLast4());
        assertEquals(
                charge.getId(), stripe.v1().charges().retrieve(charge.getId()).getId());
        String receipt = get(charge.getReceiptUrl());
        assertTrue(receipt.contains("39.98 USD") && receipt.contains("4242"), receipt);

        StripeCollection<Session> byIntent = stripe.v1()
                .checkout()
                .sessions()
                .list(SessionListParams.builder()
                        .setPaymentIntent(intent.getId())
                        .build());
        assertEquals(
                List.of(session.getId()),
                byIntent.getData().stream().map(Session::getId).toList());

        Event retrieved = stripe.v1().events().retrieve(completed.getId());
        assertEquals("checkout.session.completed", retrieved.getType());
        assertEquals(
                1,
                stripe.v1()
                        .events()
                        .list(EventListParams.builder()
                                .setType("checkout.session.completed")
                                .build())
                        .getData()
                        .size());

        SignatureVerificationException forged = assertThrows(
                SignatureVerificationException.class,
                () -> Webhook.constructEvent(
                        received.get(0).body(), received.get(0).signature(), "whsec_wrong"));
        assertNotNull(forged.getMessage());
        assertEquals(0, stats().get("duplicate_charges").getAsInt());
    }

    @Test
    void aDeclinedCardLeavesTheSessionOpenAndPayableAfterwards() throws Exception {
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 500, 1).build());
        control("checkout/sessions/" + session.getId() + "/decline");

        Session stillOpen = stripe.v1().checkout().sessions().retrieve(session.getId());
        assertEquals("open", stillOpen.getStatus());
        PaymentIntent intent = stripe.v1().paymentIntents().retrieve(stillOpen.getPaymentIntent());
        assertEquals("requires_payment_method", intent.getStatus());
        assertEquals("card_declined", intent.getLastPaymentError().getCode());
        List<Event> events = events(3);
        assertTrue(
                types(events).contains("payment_intent.payment_failed"),
                types(events).toString());

        control("checkout/sessions/" + session.getId() + "/require_action");
        assertEquals(
                "requires_action",
                stripe.v1().paymentIntents().retrieve(intent.getId()).getStatus());
        control("checkout/sessions/" + session.getId() + "/complete_auth");
        Session paid = stripe.v1().checkout().sessions().retrieve(session.getId());
        assertEquals("paid", paid.getPaymentStatus());
        assertEquals(intent.getId(), paid.getPaymentIntent());
        JsonObject stats = stats();
        assertEquals(1, stats.get("charges_succeeded").getAsInt());
        assertEquals(1, stats.get("charges_failed").getAsInt());
    }

    @Test
    void subscriptionsStartWithAPaidInvoiceRenewAndEndAfterAFailedRenewal() throws Exception {
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(SessionCreateParams.builder()
                        .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                        .setSuccessUrl("http://localhost:8080/ok")
                        .setCustomerEmail("saas@example.cn")
                        .setLocale(SessionCreateParams.Locale.ZH)
                        .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                                .putMetadata("order_id", "99")
                                .build())
                        .addLineItem(SessionCreateParams.LineItem.builder()
                                .setQuantity(1L)
                                .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                        .setCurrency("cny")
                                        .setUnitAmount(49900L)
                                        .setRecurring(SessionCreateParams.LineItem.PriceData.Recurring.builder()
                                                .setInterval(
                                                        SessionCreateParams.LineItem.PriceData.Recurring.Interval.MONTH)
                                                .build())
                                        .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                                .setName("Analytics SaaS")
                                                .build())
                                        .build())
                                .build())
                        .build());
        control("checkout/sessions/" + session.getId() + "/pay");

        Session paid = stripe.v1()
                .checkout()
                .sessions()
                .retrieve(
                        session.getId(),
                        SessionRetrieveParams.builder()
                                .addExpand("subscription")
                                .build(),
                        (RequestOptions) null);
        assertEquals("paid", paid.getPaymentStatus());
        Subscription subscription = paid.getSubscriptionObject();
        assertEquals("active", subscription.getStatus());
        assertEquals("99", subscription.getMetadata().get("order_id"));
        long periodEnd = subscription.getItems().getData().get(0).getCurrentPeriodEnd();
        assertTrue(periodEnd > Instant.now().plus(Duration.ofDays(27)).getEpochSecond());
        Invoice invoice = stripe.v1().invoices().retrieve(paid.getInvoice());
        assertEquals("paid", invoice.getStatus());
        assertEquals(49900L, invoice.getAmountPaid());
        assertEquals(
                subscription.getId(),
                invoice.getParent().getSubscriptionDetails().getSubscription());
        assertTrue(get(invoice.getHostedInvoiceUrl()).contains("499.00 CNY"));
        List<Event> events = events(8);
        assertTrue(
                types(events)
                        .containsAll(List.of(
                                "customer.created",
                                "customer.subscription.created",
                                "invoice.paid",
                                "checkout.session.completed")),
                types(events).toString());
        assertEquals(
                subscription.getId(),
                object(first(events, "invoice.paid"), Invoice.class)
                        .getParent()
                        .getSubscriptionDetails()
                        .getSubscription());

        Subscription renewed =
                ApiJson.subscription(control("subscriptions/" + subscription.getId() + "/renew?outcome=paid"));
        assertEquals(periodEnd, renewed.getItems().getData().get(0).getCurrentPeriodStart());
        assertNotEquals(paid.getInvoice(), renewed.getLatestInvoice());

        received.clear();
        control("subscriptions/" + subscription.getId() + "/renew?outcome=failed");
        List<Event> failed = events(3);
        assertTrue(
                types(failed).containsAll(List.of("invoice.payment_failed", "customer.subscription.deleted")),
                types(failed).toString());
        Subscription ended = stripe.v1().subscriptions().retrieve(subscription.getId());
        assertEquals("canceled", ended.getStatus());
        assertEquals(renewed.getItems().getData().get(0).getCurrentPeriodEnd(), ended.getEndedAt());
    }

    @Test
    void cancellingAtPeriodEndAndImmediately() throws Exception {
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(SessionCreateParams.builder()
                        .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                        .setSuccessUrl("http://localhost:8080/ok")
                        .addLineItem(SessionCreateParams.LineItem.builder()
                                .setQuantity(2L)
                                .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                        .setCurrency("usd")
                                        .setUnitAmount(1000L)
                                        .setRecurring(SessionCreateParams.LineItem.PriceData.Recurring.builder()
                                                .setInterval(
                                                        SessionCreateParams.LineItem.PriceData.Recurring.Interval.YEAR)
                                                .build())
                                        .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                                .setName("Seat")
                                                .build())
                                        .build())
                                .build())
                        .build());
        String id = ApiJson.session(control("checkout/sessions/" + session.getId() + "/pay"))
                .getSubscription();
        Subscription atEnd = stripe.v1()
                .subscriptions()
                .update(
                        id,
                        SubscriptionUpdateParams.builder()
                                .setCancelAtPeriodEnd(true)
                                .build());
        assertTrue(atEnd.getCancelAtPeriodEnd());
        assertEquals(atEnd.getItems().getData().get(0).getCurrentPeriodEnd(), atEnd.getCancelAt());
        Subscription cancelled = stripe.v1().subscriptions().cancel(id);
        assertEquals("canceled", cancelled.getStatus());
        List<Event> events = events(12);
        Event updated = first(events, "customer.subscription.updated");
        assertFalse(updated.getData().getPreviousAttributes().isEmpty());
        assertTrue(types(events).contains("customer.subscription.deleted"));
    }

    @Test
    void refundsAreLimitedToWhatRemains() throws Exception {
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("jpy", 1500, 2).build());
        assertEquals(3000L, session.getAmountTotal());
        control("checkout/sessions/" + session.getId() + "/pay");
        String intent =
                stripe.v1().checkout().sessions().retrieve(session.getId()).getPaymentIntent();

        Refund part = stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setPaymentIntent(intent)
                        .setAmount(1000L)
                        .build());
        assertEquals("succeeded", part.getStatus());
        assertEquals(1000L, part.getAmount());
        InvalidRequestException tooMuch = assertThrows(
                InvalidRequestException.class,
                () -> stripe.v1()
                        .refunds()
                        .create(RefundCreateParams.builder()
                                .setPaymentIntent(intent)
                                .setAmount(2001L)
                                .build()));
        assertEquals("amount_too_large", tooMuch.getCode());
        Refund rest = stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder().setPaymentIntent(intent).build());
        assertEquals(2000L, rest.getAmount());
        Charge charge = stripe.v1().charges().retrieve(rest.getCharge());
        assertTrue(charge.getRefunded());
        assertEquals(3000L, charge.getAmountRefunded());
        assertEquals(part.getId(), stripe.v1().refunds().retrieve(part.getId()).getId());
        InvalidRequestException again = assertThrows(
                InvalidRequestException.class,
                () -> stripe.v1()
                        .refunds()
                        .create(RefundCreateParams.builder()
                                .setPaymentIntent(intent)
                                .build()));
        assertEquals("charge_already_refunded", again.getCode());
        assertTrue(types(events(8)).contains("charge.refunded"));
    }

    @Test
    void aDisputedChargeCannotBeRefundedAndItsDisputeCloses() throws Exception {
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("eur", 2500, 1).build());
        control("checkout/sessions/" + session.getId() + "/pay");
        String intent =
                stripe.v1().checkout().sessions().retrieve(session.getId()).getPaymentIntent();

        Dispute dispute = com.stripe.net.ApiResource.GSON.fromJson(
                control("charges/" + intent + "/dispute?reason=product_not_received"), Dispute.class);
        assertEquals("needs_response", dispute.getStatus());
        assertEquals(2500L, dispute.getAmount());
        assertTrue(stripe.v1().charges().retrieve(dispute.getCharge()).getDisputed());
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class,
                () -> stripe.v1()
                        .refunds()
                        .create(RefundCreateParams.builder()
                                .setPaymentIntent(intent)
                                .build()));
        assertEquals("charge_disputed", refused.getCode());

        control("disputes/" + dispute.getId() + "/close?outcome=lost");
        assertEquals("lost", stripe.v1().disputes().retrieve(dispute.getId()).getStatus());
        List<Event> events = events(7);
        assertEquals(
                dispute.getId(),
                object(first(events, "charge.dispute.created"), Dispute.class).getId());
        assertEquals(
                "lost",
                object(first(events, "charge.dispute.closed"), Dispute.class).getStatus());
    }

    @Test
    void eachKeyIsItsOwnAccountAndBadKeysAreRefused() throws Exception {
        Session mine = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 1999, 1).build());
        StripeClient other = StripeClient.builder()
                .setApiKey("sk_test_someone_else")
                .setApiBase("http://127.0.0.1:" + emulator.port())
                .build();
        InvalidRequestException missing = assertThrows(
                InvalidRequestException.class,
                () -> other.v1().checkout().sessions().retrieve(mine.getId()));
        assertEquals("resource_missing", missing.getCode());
        assertEquals(404, missing.getStatusCode());

        StripeClient live = StripeClient.builder()
                .setApiKey("sk_live_nope")
                .setApiBase("http://127.0.0.1:" + emulator.port())
                .build();
        assertThrows(
                AuthenticationException.class,
                () -> live.v1().checkout().sessions().retrieve(mine.getId()));
    }

    @Test
    void aResetAccountStartsEmptyAndForgetsItsIdempotencyKeys() throws Exception {
        RequestOptions options =
                RequestOptions.builder().setIdempotencyKey("order-1-checkout").build();
        Session before = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 100, 1).build(), options);
        control("reset");

        assertEquals(0, stats().get("checkout_sessions").getAsInt());
        assertEquals(0, stats().get("webhook_endpoints").getAsInt());
        assertThrows(
                InvalidRequestException.class,
                () -> stripe.v1().checkout().sessions().retrieve(before.getId()));
        Session after = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 200, 1).build(), options);
        assertNotEquals(before.getId(), after.getId());
        assertEquals(
                404,
                http.send(
                                HttpRequest.newBuilder(URI.create(before.getUrl()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    @Test
    void badParametersGetStripesErrors() {
        long now = Instant.now().getEpochSecond();
        InvalidRequestException tooSoon = assertThrows(
                InvalidRequestException.class,
                () -> stripe.v1()
                        .checkout()
                        .sessions()
                        .create(paymentSession("usd", 100, 1)
                                .setExpiresAt(now + 600)
                                .build()));
        assertEquals("expires_at", tooSoon.getParam());
        InvalidRequestException noSuccessUrl = assertThrows(
                InvalidRequestException.class,
                () -> stripe.v1()
                        .checkout()
                        .sessions()
                        .create(SessionCreateParams.builder()
                                .setMode(SessionCreateParams.Mode.PAYMENT)
                                .addLineItem(SessionCreateParams.LineItem.builder()
                                        .setQuantity(1L)
                                        .build())
                                .build()));
        assertEquals("parameter_missing", noSuccessUrl.getCode());
        InvalidRequestException unknown = assertThrows(
                InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().retrieve("pi_nothing"));
        assertEquals("resource_missing", unknown.getCode());
    }

    @Test
    void webhooksCanBeDuplicatedHeldReleasedInReverseAndRetried() throws Exception {
        control("webhooks/hold");
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 700, 1).build());
        control("checkout/sessions/" + session.getId() + "/pay");
        Thread.sleep(200);
        assertTrue(received.isEmpty());
        assertEquals("{\"released\":4,\"order\":\"reverse\"}", control("webhooks/release?order=reverse&delay_ms=5"));
        List<Event> reversed = events(4);
        assertEquals(
                List.of(
                        "checkout.session.completed",
                        "payment_intent.succeeded",
                        "charge.succeeded",
                        "payment_intent.created"),
                types(reversed));

        received.clear();
        String completed = reversed.get(0).getId();
        control("events/" + completed + "/resend?count=3");
        List<Event> copies = events(3);
        assertEquals(
                List.of(completed, completed, completed),
                copies.stream().map(Event::getId).toList());

        received.clear();
        failuresToAnswer.set(2);
        control("events/" + completed + "/resend");
        assertEquals(completed, events(1).get(0).getId());
        assertTrue(stats().getAsJsonObject("webhooks").get("failed_attempts").getAsInt() >= 2);
        HttpResponse<String> deliveries = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + emulator.port() + "/_emulator/webhooks/deliveries?limit=3"))
                        .header("Authorization", "Bearer " + key)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var attempts =
                JsonParser.parseString(deliveries.body()).getAsJsonObject().getAsJsonArray("data");
        assertEquals(
                List.of("HTTP 200", "HTTP 500", "HTTP 500"),
                java.util.stream.IntStream.range(0, 3)
                        .mapToObj(i ->
                                attempts.get(i).getAsJsonObject().get("outcome").getAsString())
                        .toList());
    }

    @Test
    void theHostedPageOffersEveryOutcomeAndRedirectsLikeStripe() throws Exception {
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 1250, 1)
                        .setLocale(SessionCreateParams.Locale.ZH)
                        .build());
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(session.getUrl())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        for (String id : List.of(
                "id=\"pay\"",
                "id=\"decline\"",
                "id=\"require-action\"",
                "id=\"back\"",
                "测试模式",
                "12.50 USD",
                "buyer@example.com",
                "Global shipping dataset")) {
            assertTrue(page.body().contains(id), id);
        }

        HttpResponse<String> declined = post(session.getUrl() + "/decline");
        assertEquals(303, declined.statusCode());
        String errorPage = get(session.getUrl() + "?error=card_declined");
        assertTrue(errorPage.contains("id=\"error\""));

        assertEquals(session.getUrl() + "/authenticate", location(post(session.getUrl() + "/require_action")));
        assertTrue(get(session.getUrl() + "/authenticate").contains("id=\"complete-auth\""));
        assertEquals(
                session.getUrl() + "?error=authentication_failed", location(post(session.getUrl() + "/fail_auth")));
        assertEquals("http://localhost:8080/checkout/cancelled", location(post(session.getUrl() + "/back")));
        assertEquals(
                "http://localhost:8080/checkout/return?session=" + session.getId(),
                location(post(session.getUrl() + "/pay")));
        assertEquals(session.getUrl(), location(post(session.getUrl() + "/pay")));
        assertTrue(get(session.getUrl()).contains("此笔付款已完成"));
        assertEquals(1, stats().get("charges_succeeded").getAsInt());
    }

    @Test
    void manyConcurrentCheckoutsPaidFromTwoTabsEachChargeExactlyOnce() throws Exception {
        int orders = Integer.getInteger("emulator.orders", 100);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            int order = i;
            done.add(pool.submit(() -> {
                RequestOptions options = RequestOptions.builder()
                        .setIdempotencyKey("order-" + order)
                        .build();
                Session session = stripe.v1()
                        .checkout()
                        .sessions()
                        .create(
                                paymentSession("usd", 1000 + order, 1)
                                        .setClientReferenceId("order-" + order)
                                        .build(),
                                options);
                // A double-clicked "buy" retries the create: the same session comes back.
                assertEquals(
                        session.getId(),
                        stripe.v1()
                                .checkout()
                                .sessions()
                                .create(
                                        paymentSession("usd", 1000 + order, 1)
                                                .setClientReferenceId("order-" + order)
                                                .build(),
                                        options)
                                .getId());
                // Two tabs press "Pay" at once: one payment.
                List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> tabs = List.of(
                        http.sendAsync(payRequest(session.getUrl()), HttpResponse.BodyHandlers.ofString()),
                        http.sendAsync(payRequest(session.getUrl()), HttpResponse.BodyHandlers.ofString()));
                for (var tab : tabs) {
                    assertEquals(303, tab.join().statusCode());
                }
                return null;
            }));
        }
        for (var future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf(
                "%d checkouts (create, retried create, two concurrent pays) in %.2f s: %.0f/s%n",
                orders, seconds, orders / seconds);

        List<Event> events = events(orders * 4);
        assertEquals(
                orders,
                events.stream()
                        .filter(e -> e.getType().equals("checkout.session.completed"))
                        .count());
        JsonObject stats = stats();
        assertEquals(orders, stats.get("checkout_sessions").getAsInt());
        assertEquals(orders, stats.get("charges_succeeded").getAsInt());
        assertEquals(0, stats.get("duplicate_charges").getAsInt());
        assertEquals(0, stats.get("client_reference_ids_paid_more_than_once").getAsInt());
    }

    static HttpRequest payRequest(String sessionUrl) {
        return HttpRequest.newBuilder(URI.create(sessionUrl + "/pay"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=buyer%40example.com"))
                .build();
    }

    // ------------------------------------------------------------------ Connect

    com.stripe.model.Account expressAccount(String country) throws StripeException {
        return stripe.v1()
                .accounts()
                .create(com.stripe.param.AccountCreateParams.builder()
                        .setType(com.stripe.param.AccountCreateParams.Type.EXPRESS)
                        .setCountry(country)
                        .setEmail("seller@example.com")
                        .setCapabilities(com.stripe.param.AccountCreateParams.Capabilities.builder()
                                .setTransfers(com.stripe.param.AccountCreateParams.Capabilities.Transfers.builder()
                                        .setRequested(true)
                                        .build())
                                .build())
                        .build());
    }

    com.stripe.model.AccountLink onboardingLink(String accountId) throws StripeException {
        return stripe.v1()
                .accountLinks()
                .create(com.stripe.param.AccountLinkCreateParams.builder()
                        .setAccount(accountId)
                        .setType(com.stripe.param.AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                        .setRefreshUrl("http://localhost:8080/workspace/payouts/refresh")
                        .setReturnUrl("http://localhost:8080/workspace/payouts/return")
                        .build());
    }

    /** A paid USD checkout of 30.00 and its charge. */
    Charge paidCharge() throws Exception {
        Session session = stripe.v1()
                .checkout()
                .sessions()
                .create(paymentSession("usd", 1500, 2).build());
        control("checkout/sessions/" + session.getId() + "/pay");
        String intent =
                stripe.v1().checkout().sessions().retrieve(session.getId()).getPaymentIntent();
        return stripe.v1()
                .charges()
                .retrieve(stripe.v1().paymentIntents().retrieve(intent).getLatestCharge());
    }

    com.stripe.model.Transfer transfer(String destination, String charge, long amount, String idempotencyKey)
            throws StripeException {
        return stripe.v1()
                .transfers()
                .create(
                        com.stripe.param.TransferCreateParams.builder()
                                .setAmount(amount)
                                .setCurrency("usd")
                                .setDestination(destination)
                                .setSourceTransaction(charge)
                                .setTransferGroup("order-17")
                                .putMetadata("payout_id", "5")
                                .build(),
                        RequestOptions.builder()
                                .setIdempotencyKey(idempotencyKey)
                                .build());
    }

    @Test
    void aConnectedAccountIsOnboardedThroughTheHostedPageAndTellsWhatIsStillDue() throws Exception {
        com.stripe.model.Account account = expressAccount("US");
        assertTrue(account.getId().startsWith("acct_"));
        assertEquals("express", account.getType());
        assertFalse(account.getPayoutsEnabled());
        assertFalse(account.getDetailsSubmitted());
        assertTrue(account.getRequirements().getCurrentlyDue().contains("external_account"));
        assertEquals("requirements.past_due", account.getRequirements().getDisabledReason());
        InvalidRequestException mainland = assertThrows(InvalidRequestException.class, () -> expressAccount("CN"));
        assertEquals("country_unsupported", mainland.getCode());

        com.stripe.model.AccountLink link = onboardingLink(account.getId());
        assertTrue(link.getExpiresAt() > link.getCreated());
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(link.getUrl()))
                                .header("Accept-Language", "zh-CN,zh;q=0.9")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        for (String expected :
                List.of("id=\"complete-onboarding\"", "id=\"leave-due\"", "id=\"back\"", "完成入驻", account.getId())) {
            assertTrue(page.contains(expected), expected);
        }
        assertTrue(get(link.getUrl()).contains("Complete onboarding"));

        assertEquals("http://localhost:8080/workspace/payouts/return", location(post(link.getUrl() + "/leave_due")));
        com.stripe.model.Account due = stripe.v1().accounts().retrieve(account.getId());
        assertTrue(due.getDetailsSubmitted());
        assertFalse(due.getPayoutsEnabled());
        assertEquals(
                List.of("external_account", "individual.verification.document"),
                due.getRequirements().getCurrentlyDue());
        // A used link sends the merchant to refresh_url for a new one, as Stripe's do.
        HttpResponse<String> again = http.send(
                HttpRequest.newBuilder(URI.create(link.getUrl())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("http://localhost:8080/workspace/payouts/refresh", location(again));

        com.stripe.model.AccountLink second = onboardingLink(account.getId());
        assertEquals("http://localhost:8080/workspace/payouts/return", location(post(second.getUrl() + "/complete")));
        com.stripe.model.Account ready = stripe.v1().accounts().retrieve(account.getId());
        assertTrue(ready.getChargesEnabled());
        assertTrue(ready.getPayoutsEnabled());
        assertTrue(ready.getRequirements().getCurrentlyDue().isEmpty());
        assertNull(ready.getRequirements().getDisabledReason());
        assertEquals("active", ready.getCapabilities().getTransfers());

        List<Event> updates = events(2).stream()
                .filter(e -> e.getType().equals("account.updated"))
                .toList();
        assertEquals(2, updates.size(), types(events(2)).toString());
        assertEquals(account.getId(), updates.getLast().getAccount());
        com.stripe.model.Account fromEvent = object(updates.getLast(), com.stripe.model.Account.class);
        assertEquals(account.getId(), fromEvent.getId());
        assertTrue(fromEvent.getPayoutsEnabled()
                || object(updates.getFirst(), com.stripe.model.Account.class).getPayoutsEnabled());

        // Going back changes nothing and sends no event.
        com.stripe.model.AccountLink third = onboardingLink(account.getId());
        assertEquals("http://localhost:8080/workspace/payouts/return", location(post(third.getUrl() + "/back")));
        Thread.sleep(200);
        assertEquals(
                2,
                received.stream()
                        .filter(r -> r.body().contains("\"account.updated\""))
                        .count());
    }

    @Test
    void transfersPayOutOfAPaidChargeAndReversalsTakeItBackNeverMoreThanThereIs() throws Exception {
        Charge charge = paidCharge();
        com.stripe.model.Account account = expressAccount("GB");
        InvalidRequestException notReady = assertThrows(
                InvalidRequestException.class, () -> transfer(account.getId(), charge.getId(), 1000, "t-0"));
        assertEquals("insufficient_capabilities_for_transfer", notReady.getCode());
        control("accounts/" + account.getId() + "/complete");

        com.stripe.model.Transfer transfer = transfer(account.getId(), charge.getId(), 2000, "dataport-payout-5");
        assertEquals(2000L, transfer.getAmount());
        assertEquals(account.getId(), transfer.getDestination());
        assertEquals(charge.getId(), transfer.getSourceTransaction());
        assertEquals("order-17", transfer.getTransferGroup());
        assertEquals("5", transfer.getMetadata().get("payout_id"));
        assertEquals(
                transfer.getId(),
                transfer(account.getId(), charge.getId(), 2000, "dataport-payout-5")
                        .getId());
        InvalidRequestException tooMuch = assertThrows(
                InvalidRequestException.class, () -> transfer(account.getId(), charge.getId(), 1001, "t-2"));
        assertEquals("balance_insufficient", tooMuch.getCode());

        com.stripe.model.TransferReversal part = stripe.v1()
                .transfers()
                .reversals()
                .create(
                        transfer.getId(),
                        com.stripe.param.TransferReversalCreateParams.builder()
                                .setAmount(500L)
                                .build(),
                        RequestOptions.builder()
                                .setIdempotencyKey("dataport-reversal-re_1")
                                .build());
        assertEquals(500L, part.getAmount());
        assertEquals(transfer.getId(), part.getTransfer());
        InvalidRequestException overReversal = assertThrows(
                InvalidRequestException.class,
                () -> stripe.v1()
                        .transfers()
                        .reversals()
                        .create(
                                transfer.getId(),
                                com.stripe.param.TransferReversalCreateParams.builder()
                                        .setAmount(1501L)
                                        .build()));
        assertEquals("amount_too_large", overReversal.getCode());
        // What a reversal gives back may be transferred again.
        transfer(account.getId(), charge.getId(), 1500, "t-3");
        stripe.v1().transfers().reversals().create(transfer.getId());
        com.stripe.model.Transfer reversed = stripe.v1().transfers().retrieve(transfer.getId());
        assertTrue(reversed.getReversed());
        assertEquals(2000L, reversed.getAmountReversed());
        assertEquals(2, reversed.getReversals().getData().size());

        List<Event> events = events(5);
        assertEquals(
                2,
                types(events).stream().filter("transfer.created"::equals).count(),
                types(events).toString());
        com.stripe.model.Transfer fromEvent =
                object(first(events, "transfer.reversed"), com.stripe.model.Transfer.class);
        assertEquals(transfer.getId(), fromEvent.getId());
    }

    @Test
    void balanceTransactionsListEveryMovementBySourceAndTypeInPages() throws Exception {
        Charge charge = paidCharge();
        com.stripe.model.Account account = expressAccount("US");
        control("accounts/" + account.getId() + "/complete");
        com.stripe.model.Transfer transfer = transfer(account.getId(), charge.getId(), 2500, "t-1");
        stripe.v1()
                .transfers()
                .reversals()
                .create(
                        transfer.getId(),
                        com.stripe.param.TransferReversalCreateParams.builder()
                                .setAmount(700L)
                                .build());
        Refund refund = stripe.v1()
                .refunds()
                .create(RefundCreateParams.builder()
                        .setCharge(charge.getId())
                        .setAmount(1200L)
                        .build());

        StripeCollection<com.stripe.model.BalanceTransaction> all =
                stripe.v1().balanceTransactions().list();
        assertEquals(
                List.of("refund", "transfer_refund", "transfer", "charge"),
                all.getData().stream()
                        .map(com.stripe.model.BalanceTransaction::getType)
                        .toList());
        assertEquals(
                List.of(-1200L, 700L, -2500L, 3000L),
                all.getData().stream()
                        .map(com.stripe.model.BalanceTransaction::getNet)
                        .toList());
        com.stripe.model.BalanceTransaction ofCharge = stripe.v1()
                .balanceTransactions()
                .list(com.stripe.param.BalanceTransactionListParams.builder()
                        .setSource(charge.getId())
                        .build())
                .getData()
                .getFirst();
        assertEquals(charge.getBalanceTransaction(), ofCharge.getId());
        assertEquals(
                refund.getBalanceTransaction(),
                stripe.v1()
                        .balanceTransactions()
                        .list(com.stripe.param.BalanceTransactionListParams.builder()
                                .setType("refund")
                                .build())
                        .getData()
                        .getFirst()
                        .getId());
        assertEquals(
                transfer.getBalanceTransaction(),
                stripe.v1()
                        .balanceTransactions()
                        .retrieve(transfer.getBalanceTransaction())
                        .getId());

        StripeCollection<com.stripe.model.BalanceTransaction> first = stripe.v1()
                .balanceTransactions()
                .list(com.stripe.param.BalanceTransactionListParams.builder()
                        .setLimit(3L)
                        .build());
        assertTrue(first.getHasMore());
        StripeCollection<com.stripe.model.BalanceTransaction> next = stripe.v1()
                .balanceTransactions()
                .list(com.stripe.param.BalanceTransactionListParams.builder()
                        .setLimit(3L)
                        .setStartingAfter(first.getData().getLast().getId())
                        .build());
        assertFalse(next.getHasMore());
        assertEquals("charge", next.getData().getFirst().getType());
    }

    @Test
    void theControlApiSwitchesPayoutsOffAndOnWithAccountUpdatedEvents() throws Exception {
        Charge charge = paidCharge();
        com.stripe.model.Account account = expressAccount("US");
        control("accounts/" + account.getId() + "/complete");
        String off = control("accounts/" + account.getId() + "/payouts_disabled");
        com.stripe.model.Account disabled =
                com.stripe.net.ApiResource.GSON.fromJson(off, com.stripe.model.Account.class);
        assertFalse(disabled.getPayoutsEnabled());
        assertTrue(disabled.getRequirements().getCurrentlyDue().contains("external_account"));
        assertThrows(InvalidRequestException.class, () -> transfer(account.getId(), charge.getId(), 100, "t-1"));
        control("accounts/" + account.getId() + "/payouts_enabled");
        assertEquals(100L, transfer(account.getId(), charge.getId(), 100, "t-2").getAmount());
        long updates = events(3).stream()
                .filter(e -> e.getType().equals("account.updated"))
                .count();
        assertEquals(3, updates);
        assertEquals(1, stats().get("transfers").getAsInt());
        assertEquals(1, stats().get("connected_accounts").getAsInt());
    }

    HttpResponse<String> post(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=buyer%40example.com"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static String location(HttpResponse<String> response) {
        assertEquals(303, response.statusCode());
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Reads the control API's answers (plain Stripe objects) with stripe-java's own JSON mapping. */
    static final class ApiJson {
        static Session session(String json) {
            return com.stripe.net.ApiResource.GSON.fromJson(json, Session.class);
        }

        static Subscription subscription(String json) {
            return com.stripe.net.ApiResource.GSON.fromJson(json, Subscription.class);
        }
    }
}
