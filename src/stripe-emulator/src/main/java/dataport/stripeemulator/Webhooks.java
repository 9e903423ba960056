package dataport.stripeemulator;

import static dataport.stripeemulator.Json.obj;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends events to webhook endpoints as Stripe does: a JSON POST signed with
 * {@code Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}, any 2xx is success, anything else
 * (or no answer) is retried with exponential back-off a few times. Always in the background: the request that caused
 * an event never waits for its webhooks.
 */
final class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());

    /** One event on its way to one endpoint; {@code body} is fixed, the signature is made per attempt. */
    record Delivery(
            Account account,
            String endpointId,
            String url,
            String secret,
            String eventId,
            String eventType,
            String body,
            int attempt) {

        Delivery next() {
            return new Delivery(account, endpointId, url, secret, eventId, eventType, body, attempt + 1);
        }
    }

    /** Per-account counters, readable through the control API. */
    static final class Stats {
        final AtomicLong succeeded = new AtomicLong();
        final AtomicLong failedAttempts = new AtomicLong();
        final AtomicLong abandoned = new AtomicLong();
        final AtomicLong inFlight = new AtomicLong();

        Map<String, Object> toMap(boolean holding, int held) {
            return obj("delivered", succeeded.get(), "failed_attempts", failedAttempts.get(),
                    "given_up", abandoned.get(), "in_flight", inFlight.get(), "holding", holding, "held", held);
        }
    }

    private final HttpClient client;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService retries;
    private final long retryBaseMillis;
    private final int maxAttempts;

    Webhooks(ScheduledExecutorService scheduler, long retryBaseMillis, int maxAttempts) {
        this.retries = scheduler;
        this.retryBaseMillis = retryBaseMillis;
        this.maxAttempts = maxAttempts;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** Queues a delivery, or keeps it back while the account holds its webhooks. Called under the account lock. */
    void dispatch(Delivery delivery) {
        Account account = delivery.account();
        account.webhookStats.inFlight.incrementAndGet();
        if (account.holdingWebhooks) {
            account.held.add(delivery);
            return;
        }
        senders.execute(() -> attempt(delivery));
    }

    /**
     * Sends what was held, in the order it was held or reversed, one after another (optionally {@code delayMillis}
     * apart), so a test sees exactly the order it asked for. Returns at once; sending goes on in the background.
     */
    int release(Account account, boolean reverse, long delayMillis) {
        List<Delivery> batch;
        synchronized (account) {
            account.holdingWebhooks = false;
            batch = new ArrayList<>(account.held);
            account.held.clear();
        }
        if (reverse) {
            batch = batch.reversed();
        }
        List<Delivery> ordered = batch;
        senders.execute(() -> {
            for (Delivery delivery : ordered) {
                if (delayMillis > 0) {
                    sleep(delayMillis);
                }
                attempt(delivery);
            }
        });
        return ordered.size();
    }

    private void attempt(Delivery delivery) {
        Account account = delivery.account();
        boolean ok = false;
        String outcome;
        try {
            long timestamp = Account.now();
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                    .header("Stripe-Signature", signatureHeader(delivery.secret(), timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            ok = response.statusCode() / 100 == 2;
            outcome = "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "interrupted";
        } catch (Exception e) {
            outcome = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (ok) {
            account.webhookStats.succeeded.incrementAndGet();
            account.webhookStats.inFlight.decrementAndGet();
            synchronized (account) {
                account.delivered(delivery.eventId());
            }
            return;
        }
        account.webhookStats.failedAttempts.incrementAndGet();
        if (delivery.attempt() >= maxAttempts) {
            account.webhookStats.abandoned.incrementAndGet();
            account.webhookStats.inFlight.decrementAndGet();
            LOG.warning(() -> "Webhook " + delivery.eventType() + " " + delivery.eventId() + " to " + delivery.url()
                    + " given up after " + delivery.attempt() + " attempts");
            return;
        }
        long delay = retryBaseMillis << (delivery.attempt() - 1);
        String why = outcome;
        LOG.info(() -> "Webhook " + delivery.eventType() + " " + delivery.eventId() + " to " + delivery.url()
                + " failed (" + why + "), attempt " + delivery.attempt() + "; retrying in " + delay + " ms");
        retries.schedule(() -> senders.execute(() -> attempt(delivery.next())), delay, TimeUnit.MILLISECONDS);
    }

    static String signatureHeader(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + sign(secret, timestamp + "." + body);
    }

    static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        senders.shutdownNow();
        client.shutdownNow();
    }
}
