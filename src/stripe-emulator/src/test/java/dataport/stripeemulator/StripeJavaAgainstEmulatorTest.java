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

    record Received(String body, String signature) {}

    static Emulator emulator;
    static HttpServer receiver;
    static final List<Received> received = new CopyOnWriteArrayList<>();
    static final AtomicInteger failuresToAnswer = new AtomicInteger();
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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
            if (failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 500;
            } else {
                received.add(new Received(body, exchange.getRequestHeaders().getFirst("Stripe-Signature")));
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
        stripe = StripeClient.builder()
                .setApiKey(key)
                .setApiBase("http://127.0.0.1:" + emulator.port())
                .build();
        WebhookEndpoint endpoint = stripe.v1().webhookEndpoints().create(WebhookEndpointCreateParams.builder()
                .setUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhook")
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
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + emulator.port() + "/_emulator/" + path))
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    JsonObject stats() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + emulator.port() + "/_emulator/stats"))
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
        return events.stream().filter(e -> e.getType().equals(type)).findFirst().orElseThrow(
                () -> new AssertionError("no " + type + " in " + types(events)));
    }

    static <T extends StripeObject> T object(Event event, Class<T> type) {
        return type.cast(event.getDataObjectDeserializer().getObject().orElseThrow(
                () -> new AssertionError("data.object of " + event.getType() + " not deserializable")));
    }

    @Test
    void aSessionIsCreatedRetrievedListedAndExpired() throws Exception {
        Session session = stripe.v1().checkout().sessions().create(paymentSession("usd", 1999, 2).build());

        assertTrue(session.getId().startsWith("cs_test_"));
        assertEquals("open", session.getStatus());
        assertEquals("unpaid", session.getPaymentStatus());
        assertEquals(3998L, session.getAmountTotal());
        assertEquals("usd", session.getCurrency());
        assertEquals("order-17", session.getClientReferenceId());
        assertEquals("17", session.getMetadata().get("order_id"));
        assertEquals("http://localhost:" + emulator.port() + "/c/pay/" + session.getId(), session.getUrl());
        assertTrue(session.getExpiresAt() - session.getCreated() == 24 * 3600);

        Session again = stripe.v1().checkout().sessions().retrieve(session.getId(),
                SessionRetrieveParams.builder().addExpand("line_items").build(), (RequestOptions) null);
        assertEquals(1, again.getLineItems().getData().size());
        assertEquals("Global shipping dataset", again.getLineItems().getData().get(0).getDescription());
        assertEquals(1999L, again.getLineItems().getData().get(0).getPrice().getUnitAmount());

        StripeCollection<Session> open = stripe.v1().checkout().sessions().list(
                SessionListParams.builder().setStatus(SessionListParams.Status.OPEN).build());
        assertEquals(session.getId(), open.getData().get(0).getId());

        Session expired = stripe.v1().checkout().sessions().expire(session.getId());
        assertEquals("expired", expired.getStatus());
        assertNull(expired.getUrl());
        InvalidRequestException twice = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().checkout().sessions().expire(session.getId()));
        assertTrue(twice.getMessage().contains("status of \"expired\""));
        assertEquals(Session.class, object(first(events(1), "checkout.session.expired"), Session.class).getClass());
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReplaysTheFirstSession() throws Exception {
        RequestOptions options = RequestOptions.builder().setIdempotencyKey("order-17-checkout-1").build();
        Session first = stripe.v1().checkout().sessions().create(paymentSession("usd", 1999, 1).build(), options);
        Session retried = stripe.v1().checkout().sessions().create(paymentSession("usd", 1999, 1).build(), options);

        assertEquals(first.getId(), retried.getId());
        assertEquals("true", retried.getLastResponse().headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(1, stats().get("checkout_sessions").getAsInt());

        IdempotencyException changed = assertThrows(IdempotencyException.class, () -> stripe.v1().checkout()
                .sessions().create(paymentSession("usd", 2999, 1).build(), options));
        assertTrue(changed.getMessage().contains("same parameters"));
    }

    @Test
    void payingCompletesTheSessionAndSendsSignedEventsTheLibraryCanRead() throws Exception {
        Session session = stripe.v1().checkout().sessions().create(paymentSession("usd", 1999, 2).build());
        control("checkout/sessions/" + session.getId() + "/pay");

        List<Event> events = events(4);
        assertTrue(types(events).containsAll(List.of("payment_intent.created", "charge.succeeded",
                "payment_intent.succeeded", "checkout.session.completed")), types(events).toString());
        Event completed = first(events, "checkout.session.completed");
        assertEquals(Stripe.API_VERSION, completed.getApiVersion());
        Session fromEvent = object(completed, Session.class);
        assertEquals("complete", fromEvent.getStatus());
        assertEquals("paid", fromEvent.getPaymentStatus());
        assertEquals("order-17", fromEvent.getClientReferenceId());
        PaymentIntent intent = object(first(events, "payment_intent.succeeded"), PaymentIntent.class);
        assertEquals(3998L, intent.getAmountReceived());
        assertEquals("17", intent.getMetadata().get("order_id"));

        Session paid = stripe.v1().checkout().sessions().retrieve(session.getId(),
                SessionRetrieveParams.builder().addExpand("payment_intent.latest_charge").build(),
                (RequestOptions) null);
        assertEquals(intent.getId(), paid.getPaymentIntentObject().getId());
        Charge charge = paid.getPaymentIntentObject().getLatestChargeObject();
        assertEquals("succeeded", charge.getStatus());
        assertEquals(3998L, charge.getAmount());
        assertEquals("4242", charge.getPaymentMethodDetails().getCard().getLast4());
        assertEquals(charge.getId(), stripe.v1().charges().retrieve(charge.getId()).getId());

        StripeCollection<Session> byIntent = stripe.v1().checkout().sessions().list(
                SessionListParams.builder().setPaymentIntent(intent.getId()).build());
        assertEquals(List.of(session.getId()), byIntent.getData().stream().map(Session::getId).toList());

        Event retrieved = stripe.v1().events().retrieve(completed.getId());
        assertEquals("checkout.session.completed", retrieved.getType());
        assertEquals(1, stripe.v1().events().list(EventListParams.builder()
                .setType("checkout.session.completed").build()).getData().size());

        SignatureVerificationException forged = assertThrows(SignatureVerificationException.class,
                () -> Webhook.constructEvent(received.get(0).body(), received.get(0).signature(), "whsec_wrong"));
        assertNotNull(forged.getMessage());
        assertEquals(0, stats().get("duplicate_charges").getAsInt());
    }

    @Test
    void aDeclinedCardLeavesTheSessionOpenAndPayableAfterwards() throws Exception {
        Session session = stripe.v1().checkout().sessions().create(paymentSession("usd", 500, 1).build());
        control("checkout/sessions/" + session.getId() + "/decline");

        Session stillOpen = stripe.v1().checkout().sessions().retrieve(session.getId());
        assertEquals("open", stillOpen.getStatus());
        PaymentIntent intent = stripe.v1().paymentIntents().retrieve(stillOpen.getPaymentIntent());
        assertEquals("requires_payment_method", intent.getStatus());
        assertEquals("card_declined", intent.getLastPaymentError().getCode());
        List<Event> events = events(3);
        assertTrue(types(events).contains("payment_intent.payment_failed"), types(events).toString());

        control("checkout/sessions/" + session.getId() + "/require_action");
        assertEquals("requires_action", stripe.v1().paymentIntents().retrieve(intent.getId()).getStatus());
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
        Session session = stripe.v1().checkout().sessions().create(SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setSuccessUrl("http://localhost:8080/ok")
                .setCustomerEmail("saas@example.cn")
                .setLocale(SessionCreateParams.Locale.ZH)
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                        .putMetadata("order_id", "99").build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency("cny")
                                .setUnitAmount(49900L)
                                .setRecurring(SessionCreateParams.LineItem.PriceData.Recurring.builder()
                                        .setInterval(SessionCreateParams.LineItem.PriceData.Recurring.Interval.MONTH)
                                        .build())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Analytics SaaS").build())
                                .build())
                        .build())
                .build());
        control("checkout/sessions/" + session.getId() + "/pay");

        Session paid = stripe.v1().checkout().sessions().retrieve(session.getId(),
                SessionRetrieveParams.builder().addExpand("subscription").build(), (RequestOptions) null);
        assertEquals("paid", paid.getPaymentStatus());
        Subscription subscription = paid.getSubscriptionObject();
        assertEquals("active", subscription.getStatus());
        assertEquals("99", subscription.getMetadata().get("order_id"));
        long periodEnd = subscription.getItems().getData().get(0).getCurrentPeriodEnd();
        assertTrue(periodEnd > Instant.now().plus(Duration.ofDays(27)).getEpochSecond());
        Invoice invoice = stripe.v1().invoices().retrieve(paid.getInvoice());
        assertEquals("paid", invoice.getStatus());
        assertEquals(49900L, invoice.getAmountPaid());
        assertEquals(subscription.getId(), invoice.getParent().getSubscriptionDetails().getSubscription());
        List<Event> events = events(8);
        assertTrue(types(events).containsAll(List.of("customer.created", "customer.subscription.created",
                "invoice.paid", "checkout.session.completed")), types(events).toString());
        assertEquals(subscription.getId(), object(first(events, "invoice.paid"), Invoice.class)
                .getParent().getSubscriptionDetails().getSubscription());

        Subscription renewed = ApiJson.subscription(control("subscriptions/" + subscription.getId() + "/renew?outcome=paid"));
        assertEquals(periodEnd, renewed.getItems().getData().get(0).getCurrentPeriodStart());
        assertNotEquals(paid.getInvoice(), renewed.getLatestInvoice());

        received.clear();
        control("subscriptions/" + subscription.getId() + "/renew?outcome=failed");
        List<Event> failed = events(3);
        assertTrue(types(failed).containsAll(List.of("invoice.payment_failed", "customer.subscription.deleted")),
                types(failed).toString());
        Subscription ended = stripe.v1().subscriptions().retrieve(subscription.getId());
        assertEquals("canceled", ended.getStatus());
        assertEquals(renewed.getItems().getData().get(0).getCurrentPeriodEnd(), ended.getEndedAt());
    }

    @Test
    void cancellingAtPeriodEndAndImmediately() throws Exception {
        Session session = stripe.v1().checkout().sessions().create(SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setSuccessUrl("http://localhost:8080/ok")
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(2L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency("usd")
                                .setUnitAmount(1000L)
                                .setRecurring(SessionCreateParams.LineItem.PriceData.Recurring.builder()
                                        .setInterval(SessionCreateParams.LineItem.PriceData.Recurring.Interval.YEAR)
                                        .build())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Seat").build())
                                .build())
                        .build())
                .build());
        String id = ApiJson.session(control("checkout/sessions/" + session.getId() + "/pay")).getSubscription();
        Subscription atEnd = stripe.v1().subscriptions().update(id,
                SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(true).build());
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
        Session session = stripe.v1().checkout().sessions().create(paymentSession("jpy", 1500, 2).build());
        assertEquals(3000L, session.getAmountTotal());
        control("checkout/sessions/" + session.getId() + "/pay");
        String intent = stripe.v1().checkout().sessions().retrieve(session.getId()).getPaymentIntent();

        Refund part = stripe.v1().refunds().create(RefundCreateParams.builder()
                .setPaymentIntent(intent).setAmount(1000L).build());
        assertEquals("succeeded", part.getStatus());
        assertEquals(1000L, part.getAmount());
        InvalidRequestException tooMuch = assertThrows(InvalidRequestException.class, () -> stripe.v1().refunds()
                .create(RefundCreateParams.builder().setPaymentIntent(intent).setAmount(2001L).build()));
        assertEquals("amount_too_large", tooMuch.getCode());
        Refund rest = stripe.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(intent).build());
        assertEquals(2000L, rest.getAmount());
        Charge charge = stripe.v1().charges().retrieve(rest.getCharge());
        assertTrue(charge.getRefunded());
        assertEquals(3000L, charge.getAmountRefunded());
        assertEquals(part.getId(), stripe.v1().refunds().retrieve(part.getId()).getId());
        InvalidRequestException again = assertThrows(InvalidRequestException.class, () -> stripe.v1().refunds()
                .create(RefundCreateParams.builder().setPaymentIntent(intent).build()));
        assertEquals("charge_already_refunded", again.getCode());
        assertTrue(types(events(8)).contains("charge.refunded"));
    }

    @Test
    void eachKeyIsItsOwnAccountAndBadKeysAreRefused() throws Exception {
        Session mine = stripe.v1().checkout().sessions().create(paymentSession("usd", 1999, 1).build());
        StripeClient other = StripeClient.builder().setApiKey("sk_test_someone_else")
                .setApiBase("http://127.0.0.1:" + emulator.port()).build();
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> other.v1().checkout().sessions().retrieve(mine.getId()));
        assertEquals("resource_missing", missing.getCode());
        assertEquals(404, missing.getStatusCode());

        StripeClient live = StripeClient.builder().setApiKey("sk_live_nope")
                .setApiBase("http://127.0.0.1:" + emulator.port()).build();
        assertThrows(AuthenticationException.class, () -> live.v1().checkout().sessions().retrieve(mine.getId()));
    }

    @Test
    void badParametersGetStripesErrors() {
        long now = Instant.now().getEpochSecond();
        InvalidRequestException tooSoon = assertThrows(InvalidRequestException.class, () -> stripe.v1().checkout()
                .sessions().create(paymentSession("usd", 100, 1).setExpiresAt(now + 600).build()));
        assertEquals("expires_at", tooSoon.getParam());
        InvalidRequestException noSuccessUrl = assertThrows(InvalidRequestException.class, () -> stripe.v1()
                .checkout().sessions().create(SessionCreateParams.builder()
                        .setMode(SessionCreateParams.Mode.PAYMENT)
                        .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L).build())
                        .build()));
        assertEquals("parameter_missing", noSuccessUrl.getCode());
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class, () -> stripe.v1()
                .paymentIntents().retrieve("pi_nothing"));
        assertEquals("resource_missing", unknown.getCode());
    }

    @Test
    void webhooksCanBeDuplicatedHeldReleasedInReverseAndRetried() throws Exception {
        control("webhooks/hold");
        Session session = stripe.v1().checkout().sessions().create(paymentSession("usd", 700, 1).build());
        control("checkout/sessions/" + session.getId() + "/pay");
        Thread.sleep(200);
        assertTrue(received.isEmpty());
        assertEquals("{\"released\":4,\"order\":\"reverse\"}", control("webhooks/release?order=reverse&delay_ms=5"));
        List<Event> reversed = events(4);
        assertEquals(List.of("checkout.session.completed", "payment_intent.succeeded", "charge.succeeded",
                "payment_intent.created"), types(reversed));

        received.clear();
        String completed = reversed.get(0).getId();
        control("events/" + completed + "/resend?count=3");
        List<Event> copies = events(3);
        assertEquals(List.of(completed, completed, completed), copies.stream().map(Event::getId).toList());

        received.clear();
        failuresToAnswer.set(2);
        control("events/" + completed + "/resend");
        assertEquals(completed, events(1).get(0).getId());
        assertTrue(stats().getAsJsonObject("webhooks").get("failed_attempts").getAsInt() >= 2);
    }

    @Test
    void theHostedPageOffersEveryOutcomeAndRedirectsLikeStripe() throws Exception {
        Session session = stripe.v1().checkout().sessions().create(paymentSession("usd", 1250, 1)
                .setLocale(SessionCreateParams.Locale.ZH).build());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(session.getUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        for (String id : List.of("id=\"pay\"", "id=\"decline\"", "id=\"require-action\"", "id=\"back\"", "测试模式",
                "12.50 USD", "buyer@example.com", "Global shipping dataset")) {
            assertTrue(page.body().contains(id), id);
        }

        HttpResponse<String> declined = post(session.getUrl() + "/decline");
        assertEquals(303, declined.statusCode());
        String errorPage = get(session.getUrl() + "?error=card_declined");
        assertTrue(errorPage.contains("id=\"error\""));

        assertEquals(session.getUrl() + "/authenticate", location(post(session.getUrl() + "/require_action")));
        assertTrue(get(session.getUrl() + "/authenticate").contains("id=\"complete-auth\""));
        assertEquals(session.getUrl() + "?error=authentication_failed", location(post(session.getUrl() + "/fail_auth")));
        assertEquals("http://localhost:8080/checkout/cancelled", location(post(session.getUrl() + "/back")));
        assertEquals("http://localhost:8080/checkout/return?session=" + session.getId(),
                location(post(session.getUrl() + "/pay")));
        assertEquals(session.getUrl(), location(post(session.getUrl() + "/pay")));
        assertTrue(get(session.getUrl()).contains("此笔付款已完成"));
        assertEquals(1, stats().get("charges_succeeded").getAsInt());
    }

    HttpResponse<String> post(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
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
