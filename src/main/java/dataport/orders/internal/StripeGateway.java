package dataport.orders.internal;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.WebhookEndpoint;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.WebhookEndpointCreateParams;
import com.stripe.param.WebhookEndpointListParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * DataPort's only door to Stripe (stripe-java). With {@code STRIPE_SECRET_KEY} and {@code STRIPE_WEBHOOK_SECRET}
 * set it talks to Stripe; without, to the local emulator ({@code DATAPORT_STRIPE_EMULATOR_URL}), with one emulator
 * account per database (API key {@code sk_test_dataport_<database>}), so test runs never see each other's sessions.
 * Against the emulator the webhook endpoint is registered at start-up, and again later while the emulator is down;
 * unless {@code STRIPE_WEBHOOK_SECRET} is set: then, as with Stripe, the endpoint was created beforehand (once, by
 * whoever runs the site: {@code ./dataport cluster start} for its nodes) and every node verifies with that one secret.
 * (Stripe shows an endpoint's secret only when it is created, so nodes registering endpoints of their own for one URL
 * would replace each other's, and each other's secret.)
 */
@Component
public class StripeGateway {

    private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

    private final StripeClient client;
    private final boolean emulator;
    private final boolean testMode;
    private final String webhookUrl;
    private final java.util.List<String> emulatorEvents;
    private volatile String webhookSecret;

    StripeGateway(
            @Value("${dataport.stripe.secret-key:}") String secretKey,
            @Value("${dataport.stripe.webhook-secret:}") String webhookSecret,
            @Value("${dataport.stripe.emulator-url:http://127.0.0.1:12111}") String emulatorUrl,
            @Value("${dataport.database.name}") String databaseName,
            @Value("${dataport.base-url}") String baseUrl,
            @Value("${dataport.stripe.emulator-events:*}") java.util.List<String> emulatorEvents) {
        this.emulatorEvents = emulatorEvents;
        this.emulator = secretKey.isBlank() || webhookSecret.isBlank();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.webhookUrl = base + "/stripe/webhook";
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setConnectTimeout(5_000)
                .setReadTimeout(20_000)
                // Retries reuse the request's idempotency key, so a retried POST is answered, not repeated.
                .setMaxNetworkRetries(2);
        if (emulator) {
            String api = emulatorUrl.endsWith("/") ? emulatorUrl.substring(0, emulatorUrl.length() - 1) : emulatorUrl;
            builder.setApiKey("sk_test_dataport_" + databaseName)
                    .setApiBase(api)
                    .setConnectBase(api)
                    .setFilesBase(api);
            // A configured secret: the endpoint is the operator's, shared by every node; nothing is registered.
            this.webhookSecret = webhookSecret.isBlank() ? null : webhookSecret;
            this.testMode = true;
        } else {
            builder.setApiKey(secretKey);
            this.webhookSecret = webhookSecret;
            this.testMode = secretKey.startsWith("sk_test_") || secretKey.startsWith("rk_test_");
        }
        this.client = builder.build();
    }

    /**
     * The one configured client (API base and key as above), for the Stripe calls of other modules (settlement's
     * Connect transfers): they inject {@code StripeClient} and never build a second configuration.
     */
    @org.springframework.context.annotation.Bean
    StripeClient stripeClient() {
        return client;
    }

    /** The charge that paid a PaymentIntent (its latest_charge), or null when it has none yet. */
    public String latestCharge(String paymentIntentId) throws StripeException {
        return client.v1().paymentIntents().retrieve(paymentIntentId).getLatestCharge();
    }

    /** Whether payments are not real: the emulator or Stripe test keys. The site shows a "test mode" marker. */
    public boolean testMode() {
        return testMode;
    }

    /** Whether checkout can start now (false while the emulator has not been reached yet). */
    public boolean available() {
        return webhookSecret != null;
    }

    /** The configured client, for this module's other Stripe readers (StripeBalanceReader). */
    StripeClient client() {
        return client;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerAtStart() {
        if (webhookSecret == null) {
            registerWebhookEndpoint();
        }
    }

    /** Against the emulator: retry the registration until it succeeds, so start-up never waits for it. */
    @Scheduled(initialDelayString = "30s", fixedDelayString = "${dataport.stripe.register-retry:30s}")
    void registerWhileMissing() {
        if (emulator && webhookSecret == null) {
            registerWebhookEndpoint();
        }
    }

    /** Replaces the emulator's endpoints for our URL by a fresh one and keeps its signing secret. */
    synchronized void registerWebhookEndpoint() {
        if (!emulator) {
            return;
        }
        try {
            for (WebhookEndpoint old : client.v1()
                    .webhookEndpoints()
                    .list(WebhookEndpointListParams.builder().setLimit(100L).build())
                    .getData()) {
                if (webhookUrl.equals(old.getUrl())) {
                    client.v1().webhookEndpoints().delete(old.getId());
                }
            }
            WebhookEndpointCreateParams.Builder params = WebhookEndpointCreateParams.builder()
                    .setUrl(webhookUrl)
                    .setApiVersion(WebhookEndpointCreateParams.ApiVersion.valueOf(apiVersionConstant()));
            for (String type : emulatorEvents) {
                params.addEnabledEvent(eventConstant(type.strip()));
            }
            WebhookEndpoint created = client.v1().webhookEndpoints().create(params.build());
            webhookSecret = created.getSecret();
            log.info("Stripe emulator: webhook endpoint {} registered for {}", created.getId(), webhookUrl);
        } catch (StripeException | RuntimeException e) {
            log.warn("Stripe emulator not reachable ({}); checkout is unavailable until it is", e.getMessage());
        }
    }

    private static WebhookEndpointCreateParams.EnabledEvent eventConstant(String type) {
        for (WebhookEndpointCreateParams.EnabledEvent e : WebhookEndpointCreateParams.EnabledEvent.values()) {
            if (type.equals(e.getValue())) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown Stripe event type " + type);
    }

    private static String apiVersionConstant() {
        for (WebhookEndpointCreateParams.ApiVersion v : WebhookEndpointCreateParams.ApiVersion.values()) {
            if (Stripe.API_VERSION.equals(v.getValue())) {
                return v.name();
            }
        }
        throw new IllegalStateException("stripe-java has no ApiVersion constant for " + Stripe.API_VERSION);
    }

    /** What DataPort asks Stripe to charge for one order. */
    public record CheckoutRequest(
            long orderId,
            String orderNumber,
            String productName,
            String currency,
            long unitAmountMinor,
            long quantity,
            String recurringInterval,
            String customerEmail,
            String locale,
            String successUrl,
            String cancelUrl) {}

    /** A Checkout Session as far as orders care. */
    public record SessionState(
            String id,
            String url,
            String status,
            String paymentStatus,
            String paymentRef,
            String subscriptionId,
            Long orderId,
            Instant expiresAt) {

        public boolean paid() {
            return "complete".equals(status)
                    && ("paid".equals(paymentStatus) || "no_payment_required".equals(paymentStatus));
        }

        public boolean expired() {
            return "expired".equals(status);
        }

        public boolean open() {
            return "open".equals(status);
        }
    }

    /**
     * Creates the order's Checkout Session. The idempotency key is the order's id and number: a double click, a retry
     * or a second tab gets the same session back, never a second one.
     */
    public SessionState createCheckoutSession(CheckoutRequest request) throws StripeException {
        boolean subscription = request.recurringInterval() != null;
        SessionCreateParams.LineItem.PriceData.Builder price = SessionCreateParams.LineItem.PriceData.builder()
                .setCurrency(request.currency().toLowerCase(java.util.Locale.ROOT))
                // Stripe's unit_amount is in the currency's minor units, and JPY/KRW have none: the same as Money.
                .setUnitAmount(request.unitAmountMinor())
                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                        .setName(request.productName())
                        .build());
        if (subscription) {
            price.setRecurring(SessionCreateParams.LineItem.PriceData.Recurring.builder()
                    .setInterval(SessionCreateParams.LineItem.PriceData.Recurring.Interval.valueOf(
                            request.recurringInterval().toUpperCase(java.util.Locale.ROOT)))
                    .build());
        }
        Map<String, String> metadata =
                Map.of("order_id", String.valueOf(request.orderId()), "order_number", request.orderNumber());
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(subscription ? SessionCreateParams.Mode.SUBSCRIPTION : SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setPriceData(price.build())
                        .setQuantity(request.quantity())
                        .build())
                // The order number, unique for good (ids repeat after a database reset); the id is in the metadata.
                .setClientReferenceId(request.orderNumber())
                .putAllMetadata(metadata)
                .setCustomerEmail(request.customerEmail())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl());
        if (request.locale() != null) {
            params.setLocale(SessionCreateParams.Locale.valueOf(request.locale()));
        }
        if (!subscription) {
            params.setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                    .putAllMetadata(metadata)
                    .build());
        }
        RequestOptions options = RequestOptions.builder()
                // The order number is random: ids alone repeat after a database reset, or in another installation
                // sharing the Stripe account, and Stripe would replay (or refuse) another order's session.
                .setIdempotencyKey("dataport-order-" + request.orderId() + "-" + request.orderNumber() + "-checkout")
                .build();
        return state(client.v1().checkout().sessions().create(params.build(), options));
    }

    public SessionState retrieveSession(String sessionId) throws StripeException {
        return state(client.v1().checkout().sessions().retrieve(sessionId));
    }

    /** Expires an open session so it can no longer be paid; an already expired or completed one is returned as is. */
    public SessionState expireSession(String sessionId, long orderId) throws StripeException {
        SessionState now = retrieveSession(sessionId);
        if (!now.open()) {
            return now;
        }
        RequestOptions options = RequestOptions.builder()
                .setIdempotencyKey("dataport-expire-" + sessionId)
                .build();
        return state(client.v1().checkout().sessions().expire(sessionId, options));
    }

    /** What Stripe answered to a refund. */
    public record RefundResult(String id, long amountMinor, String currency, String status) {}

    /**
     * Refunds {@code amountMinor} of the order's payment. The idempotency key makes a retried or repeated request
     * (a double click, a retry after a timeout) refund once: Stripe answers it with the first refund.
     */
    public RefundResult refund(String paymentIntentId, long amountMinor, long orderId, String idempotencyKey)
            throws StripeException {
        com.stripe.param.RefundCreateParams params = com.stripe.param.RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .setAmount(amountMinor)
                .putMetadata("order_id", Long.toString(orderId))
                .build();
        RequestOptions options =
                RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        com.stripe.model.Refund refund = client.v1().refunds().create(params, options);
        return new RefundResult(
                refund.getId(),
                refund.getAmount(),
                refund.getCurrency() == null ? null : refund.getCurrency().toUpperCase(java.util.Locale.ROOT),
                refund.getStatus());
    }

    /** Verifies the signature over the raw body; throws on a bad, old or missing signature. */
    public Event verifiedEvent(String payload, String signatureHeader) throws SignatureVerificationException {
        String secret = webhookSecret;
        if (secret == null || signatureHeader == null || signatureHeader.isBlank()) {
            throw new SignatureVerificationException("No signature or no secret yet", signatureHeader);
        }
        return Webhook.constructEvent(payload, signatureHeader, secret);
    }

    /** Whether a failure means Stripe was not reached at all (worth trying again later). */
    public static boolean unreachable(StripeException e) {
        return e instanceof ApiConnectionException;
    }

    static SessionState state(Session s) {
        Long orderId = null;
        String ref = s.getMetadata() == null ? null : s.getMetadata().get("order_id");
        if (ref != null) {
            try {
                orderId = Long.parseLong(ref);
            } catch (NumberFormatException ignored) {
                // Not one of ours.
            }
        }
        String paymentRef = s.getPaymentIntent() != null ? s.getPaymentIntent() : s.getSubscription();
        return new SessionState(
                s.getId(),
                s.getUrl(),
                s.getStatus(),
                s.getPaymentStatus(),
                paymentRef != null ? paymentRef : s.getId(),
                s.getSubscription(),
                orderId,
                s.getExpiresAt() == null ? null : Instant.ofEpochSecond(s.getExpiresAt()));
    }
}
