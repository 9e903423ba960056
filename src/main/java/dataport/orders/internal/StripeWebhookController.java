package dataport.orders.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import dataport.orders.OrderPayments;
import dataport.orders.OrderPayments.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /stripe/webhook}: Stripe's (or the emulator's) events. The signature is checked over the raw bytes
 * before anything is read; a bad or missing one gets 400 and changes nothing. Each event id is handled once
 * ({@link OrderPayments#once}); a redelivery answers 200 so Stripe stops retrying. Public and CSRF-exempt
 * (SecurityConfiguration): the signature is the authentication.
 */
@RestController
class StripeWebhookController {

    static final String PATH = "/stripe/webhook";
    static final java.util.Set<String> HANDLED = java.util.Set.of(
            "checkout.session.completed",
            "checkout.session.expired",
            "checkout.session.async_payment_succeeded",
            "checkout.session.async_payment_failed",
            "payment_intent.payment_failed",
            "invoice.paid",
            "invoice.payment_failed",
            "customer.subscription.deleted",
            "refund.created",
            "charge.refunded",
            "charge.dispute.created",
            "charge.dispute.closed");
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeGateway stripe;
    private final OrderPayments payments;

    StripeWebhookController(StripeGateway stripe, OrderPayments payments) {
        this.stripe = stripe;
        this.payments = payments;
    }

    @PostMapping(PATH)
    ResponseEntity<String> receive(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        String payload = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        Event event;
        try {
            event = stripe.verifiedEvent(payload, signature);
        } catch (SignatureVerificationException e) {
            log.warn("Stripe webhook refused: {}", e.getMessage());
            return ResponseEntity.badRequest().body("bad signature");
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().body("unreadable event");
        }
        if (!HANDLED.contains(event.getType())) {
            // Most of Stripe's events (charges, intents created, invoices finalised) change nothing here: answer at
            // once, without a database round trip.
            return ResponseEntity.ok("ignored");
        }
        JsonObject object = dataObject(payload);
        Outcome outcome = payments.once(event.getId(), event.getType(), p -> apply(p, event.getType(), object));
        return ResponseEntity.ok(outcome.duplicate() ? "duplicate" : outcome.text());
    }

    /** The event's object read straight from the JSON: works whatever API version the event was rendered in. */
    private static JsonObject dataObject(String payload) {
        JsonObject root = JsonParser.parseString(payload).getAsJsonObject();
        JsonObject data = root.has("data") ? root.getAsJsonObject("data") : new JsonObject();
        return data.has("object") && data.get("object").isJsonObject()
                ? data.getAsJsonObject("object")
                : new JsonObject();
    }

    private static Outcome apply(OrderPayments p, String type, JsonObject o) {
        return switch (type) {
            case "checkout.session.completed",
                    "checkout.session.expired",
                    "checkout.session.async_payment_succeeded",
                    "checkout.session.async_payment_failed" -> p.sessionEvent(session(o));
            case "payment_intent.payment_failed" -> p.paymentFailed(orderId(metadata(o, "order_id")));
            case "invoice.paid" -> p.invoicePaid(invoiceSubscription(o), invoicePeriodEnd(o));
            case "invoice.payment_failed" -> p.invoiceFailed(invoiceSubscription(o));
            case "customer.subscription.deleted" -> p.subscriptionEnded(string(o, "id"), epoch(o, "ended_at"));
            case "refund.created" ->
                p.refundReported(
                        orderId(metadata(o, "order_id")),
                        idOf(o.get("payment_intent")),
                        string(o, "id"),
                        amount(o),
                        string(o, "status"));
            case "charge.refunded" -> chargeRefunded(p, o);
            case "charge.dispute.created" ->
                p.disputeReported(
                        orderId(metadata(o, "order_id")),
                        idOf(o.get("payment_intent")),
                        string(o, "id"),
                        string(o, "reason"));
            case "charge.dispute.closed" ->
                p.disputeClosed(
                        orderId(metadata(o, "order_id")),
                        idOf(o.get("payment_intent")),
                        string(o, "id"),
                        amount(o),
                        string(o, "status"));
            default -> new Outcome(false, null, "ignored");
        };
    }

    /** Every refund listed on the charge, each recorded once (those already known change nothing). */
    private static Outcome chargeRefunded(OrderPayments p, JsonObject charge) {
        Outcome last = new Outcome(false, null, "no refunds listed");
        if (charge.has("refunds") && charge.get("refunds").isJsonObject()) {
            JsonObject list = charge.getAsJsonObject("refunds");
            if (list.has("data") && list.get("data").isJsonArray()) {
                StringBuilder text = new StringBuilder();
                for (JsonElement e : list.getAsJsonArray("data")) {
                    if (e.isJsonObject()) {
                        JsonObject r = e.getAsJsonObject();
                        Long order = orderId(metadata(r, "order_id"));
                        last = p.refundReported(
                                order != null ? order : orderId(metadata(charge, "order_id")),
                                idOf(charge.get("payment_intent")),
                                string(r, "id"),
                                amount(r),
                                string(r, "status"));
                        text.append(last.text()).append("; ");
                    }
                }
                return new Outcome(false, last.orderId(), text.toString());
            }
        }
        return last;
    }

    private static long amount(JsonObject o) {
        return o.has("amount") && !o.get("amount").isJsonNull()
                ? o.get("amount").getAsLong()
                : 0;
    }

    static StripeGateway.SessionState session(JsonObject o) {
        String ref = metadata(o, "order_id");
        String paymentIntent = idOf(o.get("payment_intent"));
        String subscription = idOf(o.get("subscription"));
        String paymentRef =
                paymentIntent != null ? paymentIntent : subscription != null ? subscription : string(o, "id");
        return new StripeGateway.SessionState(
                string(o, "id"),
                string(o, "url"),
                string(o, "status"),
                string(o, "payment_status"),
                paymentRef,
                subscription,
                orderId(ref),
                epoch(o, "expires_at"));
    }

    private static String invoiceSubscription(JsonObject invoice) {
        String direct = idOf(invoice.get("subscription"));
        if (direct != null) {
            return direct;
        }
        // Newer API versions: parent.subscription_details.subscription.
        JsonElement parent = invoice.get("parent");
        if (parent != null && parent.isJsonObject()) {
            JsonElement details = parent.getAsJsonObject().get("subscription_details");
            if (details != null && details.isJsonObject()) {
                return idOf(details.getAsJsonObject().get("subscription"));
            }
        }
        return null;
    }

    /** The end of the period the invoice paid for: its first line's period (the invoice's own is the past one). */
    private static Instant invoicePeriodEnd(JsonObject invoice) {
        JsonElement lines = invoice.get("lines");
        if (lines != null && lines.isJsonObject()) {
            JsonElement data = lines.getAsJsonObject().get("data");
            if (data != null && data.isJsonArray() && !data.getAsJsonArray().isEmpty()) {
                JsonElement period =
                        data.getAsJsonArray().get(0).getAsJsonObject().get("period");
                if (period != null && period.isJsonObject()) {
                    Instant end = epoch(period.getAsJsonObject(), "end");
                    if (end != null) {
                        return end;
                    }
                }
            }
        }
        return epoch(invoice, "period_end");
    }

    private static String metadata(JsonObject o, String key) {
        JsonElement m = o.get("metadata");
        return m != null && m.isJsonObject() ? string(m.getAsJsonObject(), key) : null;
    }

    private static String idOf(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonObject()) {
            return string(e.getAsJsonObject(), "id");
        }
        return e.getAsString();
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    private static Instant epoch(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : Instant.ofEpochSecond(e.getAsLong());
    }

    private static Long orderId(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
