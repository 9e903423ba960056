package dataport.orders;

import java.util.Set;

/**
 * How another module handles Stripe events that orders does not (Connect's {@code account.updated}, say) without
 * orders knowing that module: a bean implementing this is asked by the webhook endpoint. Its event arrives verified
 * and at most once per event id: {@link #handle} runs inside the transaction that records the event id as handled
 * (a redelivery is answered "duplicate" and not passed on), so what it writes commits with that record.
 */
public interface StripeEventHandler {

    /** The event types (exact names, such as {@code account.updated}) this handler wants. */
    Set<String> eventTypes();

    /** Applies one event; returns what it did, in a few words (kept with the event's record). */
    String handle(Notification event);

    /**
     * A verified Stripe event as handlers get it.
     *
     * @param connectedAccount the event's {@code account} (a Connect account's event), or null for the platform's own
     * @param created when Stripe created the event (epoch seconds): later events carry later state
     * @param objectJson the event's {@code data.object} as JSON
     */
    record Notification(String eventId, String type, String connectedAccount, long created, String objectJson) {}
}
