package dataport.stripeemulator;

import static dataport.stripeemulator.Json.obj;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One Stripe test account: everything created with one secret key (objects, webhook endpoints, events). Several
 * applications or tests sharing one emulator use different keys and never see each other's data.
 *
 * <p>Not thread-safe by itself: the server runs every request of an account while holding the account's monitor,
 * which also makes Stripe's "one idempotency key, one result" trivially true. Webhooks are sent outside it.
 */
final class Account {

    /** Who caused a change: the API request (its id and idempotency key) or nobody (hosted page, clock). */
    record Req(String id, String idempotencyKey) {
        static final Req NONE = new Req(null, null);
    }

    /** A stored result of an idempotent request. */
    record Stored(String method, String path, String canonical, int status, String body) {}

    static final Set<String> LOCALES = Set.of(
            "auto", "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419", "et", "fi", "fil", "fr", "fr-CA", "hr",
            "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sk",
            "sl", "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW");

    final String apiKey;
    final Emulator emulator;
    final Payments payments = new Payments(this);
    final Billing billing = new Billing(this);
    final Checkout checkout = new Checkout(this);
    final Refunds refunds = new Refunds(this);
    final Disputes disputes = new Disputes(this);
    final Connect connect = new Connect(this);
    final Balance balance = new Balance(this);
    /** Every object by id, in creation order (lists are newest first, as Stripe's). */
    final LinkedHashMap<String, Map<String, Object>> objects = new LinkedHashMap<>();

    final LinkedHashMap<String, Map<String, Object>> events = new LinkedHashMap<>();
    /** The webhook endpoints again, apart: every event looks them up. */
    private final LinkedHashMap<String, Map<String, Object>> endpoints = new LinkedHashMap<>();

    final Map<String, Stored> idempotent = new HashMap<>();
    /** Webhook deliveries kept back by the control API's hold, sent by its release. */
    boolean holdingWebhooks;

    final List<Webhooks.Delivery> held = new ArrayList<>();
    final Webhooks.Stats webhookStats = new Webhooks.Stats();

    Account(String apiKey, Emulator emulator) {
        this.apiKey = apiKey;
        this.emulator = emulator;
    }

    /** Seconds the control API moved this account's clock ahead (time travel for expiry tests). */
    private long clockOffset;

    /** Real time: what objects are stamped with and what expires_at is validated against. */
    long now() {
        return Instant.now().getEpochSecond();
    }

    /**
     * The clock expiry follows: real time plus what the control API advanced it by. Only expiry moves, so an app
     * that computes expires_at from its own clock keeps being answered as by Stripe.
     */
    long clock() {
        return now() + clockOffset;
    }

    /** Moves the clock ahead and lets what fell due meanwhile happen (open sessions past expires_at expire). */
    long advanceClock(long seconds) {
        if (seconds < 1) {
            throw ApiError.invalid("seconds must be at least 1", "seconds");
        }
        clockOffset += seconds;
        List<String> open = new ArrayList<>();
        for (Map<String, Object> o : objects.values()) {
            if ("checkout.session".equals(o.get("object")) && "open".equals(o.get("status"))) {
                open.add((String) o.get("id"));
            }
        }
        for (String id : open) {
            checkout.expireIfDue(id);
        }
        return clock();
    }

    // ------------------------------------------------------------------ lookup, rendering, lists

    Map<String, Object> get(String id, String objectName, String param) {
        Map<String, Object> found = id == null ? null : objects.get(id);
        if (found == null || !objectName.equals(found.get("object"))) {
            throw ApiError.notFound(objectName, id, param);
        }
        return found;
    }

    /** A copy of the object with the requested {@code expand[]} paths replaced by the objects they name. */
    @SuppressWarnings("unchecked")
    Object render(Map<String, Object> object, List<String> expand) {
        if (expand == null || expand.isEmpty()) {
            return object;
        }
        Map<String, List<String>> byHead = new LinkedHashMap<>();
        for (String path : expand) {
            int dot = path.indexOf('.');
            String head = dot < 0 ? path : path.substring(0, dot);
            List<String> tails = byHead.computeIfAbsent(head, h -> new ArrayList<>());
            if (dot >= 0) {
                tails.add(path.substring(dot + 1));
            }
        }
        Map<String, Object> copy = new LinkedHashMap<>(object);
        for (Map.Entry<String, List<String>> entry : byHead.entrySet()) {
            String head = entry.getKey();
            Object value;
            if (head.equals("line_items") && "checkout.session".equals(object.get("object"))) {
                value = listObject(
                        (List<Object>) object.get("_line_items"),
                        "/v1/checkout/sessions/" + object.get("id") + "/line_items");
            } else if (head.equals("payments") && "invoice".equals(object.get("object"))) {
                value = listObject((List<Object>) object.get("_payments"), "/v1/invoice_payments");
            } else if (copy.containsKey(head)) {
                value = copy.get(head);
            } else {
                throw ApiError.invalid("This property cannot be expanded (" + head + ").", "expand");
            }
            copy.put(head, expandValue(value, entry.getValue()));
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private Object expandValue(Object value, List<String> tails) {
        if (value instanceof String id && objects.containsKey(id)) {
            value = objects.get(id);
        }
        if (value instanceof Map<?, ?> map) {
            return render((Map<String, Object>) map, tails);
        }
        if (value instanceof List<?> items) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                out.add(expandValue(item, tails));
            }
            return out;
        }
        return value;
    }

    static Map<String, Object> listObject(List<Object> data, String url) {
        List<Object> items = data == null ? List.of() : data;
        return obj().with("object", "list")
                .with("data", items)
                .with("has_more", false)
                .with("total_count", items.size())
                .with("url", url);
    }

    /** A page of one kind of object, newest first, with Stripe's limit/starting_after/ending_before. */
    Map<String, Object> listObjects(
            String objectName, String url, Map<String, Object> query, Predicate<Map<String, Object>> filter) {
        return page(objects.sequencedValues().reversed(), objectName, url, query, filter);
    }

    static Map<String, Object> page(
            Iterable<Map<String, Object>> newestFirst,
            String objectName,
            String url,
            Map<String, Object> query,
            Predicate<Map<String, Object>> filter) {
        Long limitParam = Form.integer(query, "limit", "limit");
        long limit = limitParam == null ? 10 : limitParam;
        if (limit < 1 || limit > 100) {
            throw ApiError.invalid("This value must be greater than or equal to 1 and at most 100.", "limit");
        }
        String startingAfter = Form.string(query, "starting_after", "starting_after");
        String endingBefore = Form.string(query, "ending_before", "ending_before");
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> o : newestFirst) {
            if (objectName.equals(o.get("object")) && filter.test(o)) {
                matching.add(o);
            }
        }
        int from = 0;
        int to = matching.size();
        if (startingAfter != null) {
            from = indexOf(matching, startingAfter) + 1;
            to = (int) Math.min(matching.size(), from + limit);
        } else if (endingBefore != null) {
            to = indexOf(matching, endingBefore);
            from = (int) Math.max(0, to - limit);
        } else {
            to = (int) Math.min(matching.size(), limit);
        }
        boolean hasMore = endingBefore != null ? from > 0 : to < matching.size();
        return obj().with("object", "list")
                .with("data", new ArrayList<Object>(matching.subList(from, to)))
                .with("has_more", hasMore)
                .with("url", url);
    }

    private static int indexOf(List<Map<String, Object>> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).get("id"))) {
                return i;
            }
        }
        throw ApiError.invalid("No such object: '" + id + "'", "starting_after");
    }

    Map<String, Object> store(Map<String, Object> object) {
        String id = (String) object.get("id");
        objects.put(id, object);
        if ("charge".equals(object.get("object")) || "invoice".equals(object.get("object"))) {
            emulator.owns(this, id);
        }
        return object;
    }

    // ------------------------------------------------------------------ events

    /**
     * Records an event with a frozen copy of the object as it is now (as Stripe's events carry a snapshot) and hands
     * it to the webhooks of every endpoint that wants it.
     */
    Map<String, Object> emit(String type, Map<String, Object> object, Map<String, Object> previous, Req req) {
        return emit(type, object, previous, req, null);
    }

    /**
     * An event about a connected account ({@code connectedAccount} not null) carries its id in {@code account}, as
     * Stripe's Connect events do; the emulator sends it to the platform's endpoints.
     */
    Map<String, Object> emit(
            String type, Map<String, Object> object, Map<String, Object> previous, Req req, String connectedAccount) {
        Map<String, Object> data = obj().with("object", new Json.Raw(Json.write(object)));
        if (previous != null && !previous.isEmpty()) {
            data.put("previous_attributes", new Json.Raw(Json.write(previous)));
        }
        Json.Obj event = obj().with("id", Ids.of("evt")).with("object", "event");
        if (connectedAccount != null) {
            event.with("account", connectedAccount);
        }
        event.with("api_version", Emulator.API_VERSION)
                .with("created", now())
                .with("data", data)
                .with("livemode", false)
                .with("pending_webhooks", 0)
                .with("request", obj().with("id", req.id()).with("idempotency_key", req.idempotencyKey()))
                .with("type", type);
        events.put((String) event.get("id"), event);
        deliver(event, 1);
        return event;
    }

    /** Sends an event to every enabled endpoint that subscribed to its type, {@code copies} times each. */
    int deliver(Map<String, Object> event, int copies) {
        int count = 0;
        for (Map<String, Object> endpoint : endpoints.values()) {
            if (!"enabled".equals(endpoint.get("status")) || !wants(endpoint, (String) event.get("type"))) {
                continue;
            }
            event.put("pending_webhooks", ((Integer) event.get("pending_webhooks")) + copies);
            Map<String, Object> body = new LinkedHashMap<>(event);
            Object version = endpoint.get("api_version");
            body.put("api_version", version == null ? Emulator.API_VERSION : version);
            String json = Json.write(body);
            for (int i = 0; i < copies; i++) {
                emulator.webhooks.dispatch(new Webhooks.Delivery(
                        this,
                        (String) endpoint.get("id"),
                        (String) endpoint.get("url"),
                        (String) endpoint.get("_secret"),
                        (String) event.get("id"),
                        (String) event.get("type"),
                        json,
                        1));
                count++;
            }
        }
        return count;
    }

    private static boolean wants(Map<String, Object> endpoint, String type) {
        for (Object wanted : (List<?>) endpoint.get("enabled_events")) {
            if ("*".equals(wanted) || type.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Called by the webhook sender (under this account's monitor) when an endpoint answered 2xx. */
    void delivered(String eventId) {
        Map<String, Object> event = events.get(eventId);
        if (event != null) {
            event.put("pending_webhooks", Math.max(0, (Integer) event.get("pending_webhooks") - 1));
        }
    }

    Map<String, Object> listEvents(Map<String, Object> query) {
        String type = Form.string(query, "type", "type");
        List<Object> types = Form.list(query, "types", "types");
        Predicate<Map<String, Object>> filter = e -> {
            String t = (String) e.get("type");
            if (type != null && !typeMatches(type, t)) {
                return false;
            }
            return types == null || types.stream().anyMatch(x -> typeMatches((String) x, t));
        };
        return page(events.sequencedValues().reversed(), "event", "/v1/events", query, filter);
    }

    private static boolean typeMatches(String pattern, String type) {
        if (pattern.endsWith(".*")) {
            return type.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(type);
    }

    Map<String, Object> event(String id) {
        Map<String, Object> event = events.get(id);
        if (event == null) {
            throw ApiError.notFound("event", id, "id");
        }
        return event;
    }

    // ------------------------------------------------------------------ webhook endpoints

    Map<String, Object> createEndpoint(Map<String, Object> params) {
        Form.allowOnly(
                params, "", "url", "enabled_events", "api_version", "description", "metadata", "expand", "connect");
        String url = validUrl(Form.requiredString(params, "url", "url"), "url");
        List<Object> enabled = Form.list(params, "enabled_events", "enabled_events");
        if (enabled == null || enabled.isEmpty()) {
            throw ApiError.missing("enabled_events");
        }
        String version = Form.string(params, "api_version", "api_version");
        Map<String, Object> endpoint = store(obj().with("id", Ids.of("we"))
                .with("object", "webhook_endpoint")
                .with("api_version", version)
                .with("application", null)
                .with("created", now())
                .with("description", Form.string(params, "description", "description"))
                .with("enabled_events", enabled)
                .with("livemode", false)
                .with("metadata", Form.metadata(params, "metadata", null))
                .with("status", "enabled")
                .with("url", url)
                .with("_secret", Ids.secret("whsec")));
        endpoints.put((String) endpoint.get("id"), endpoint);
        Map<String, Object> created = new LinkedHashMap<>(endpoint);
        created.put("secret", endpoint.get("_secret"));
        return created;
    }

    Map<String, Object> updateEndpoint(String id, Map<String, Object> params) {
        Form.allowOnly(params, "", "url", "enabled_events", "description", "metadata", "disabled", "expand");
        Map<String, Object> endpoint = get(id, "webhook_endpoint", "id");
        String url = Form.string(params, "url", "url");
        if (url != null) {
            endpoint.put("url", validUrl(url, "url"));
        }
        List<Object> enabled = Form.list(params, "enabled_events", "enabled_events");
        if (enabled != null) {
            if (enabled.isEmpty()) {
                throw ApiError.missing("enabled_events");
            }
            endpoint.put("enabled_events", enabled);
        }
        if (params.containsKey("description")) {
            endpoint.put("description", Form.string(params, "description", "description"));
        }
        Boolean disabled = Form.bool(params, "disabled", "disabled");
        if (disabled != null) {
            endpoint.put("status", disabled ? "disabled" : "enabled");
        }
        endpoint.put("metadata", Form.metadata(params, "metadata", castMap(endpoint.get("metadata"))));
        return endpoint;
    }

    Map<String, Object> deleteEndpoint(String id) {
        get(id, "webhook_endpoint", "id");
        objects.remove(id);
        endpoints.remove(id);
        return obj().with("id", id).with("object", "webhook_endpoint").with("deleted", true);
    }

    static String validUrl(String url, String param) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw ApiError.invalid("Invalid URL: " + url + ". URLs must begin with http:// or https://.", param);
        }
        return url;
    }

    // ------------------------------------------------------------------ stats

    @SuppressWarnings("unchecked")
    Map<String, Object> stats() {
        Map<String, Long> counts = new LinkedHashMap<>();
        long chargesSucceeded = 0;
        long chargesFailed = 0;
        long sessionsPaid = 0;
        Map<String, Integer> paidByReference = new HashMap<>();
        Map<String, Integer> succeededByIntent = new HashMap<>();
        for (Map<String, Object> o : objects.values()) {
            String kind = (String) o.get("object");
            counts.merge(kind, 1L, Long::sum);
            if (kind.equals("charge")) {
                if ("succeeded".equals(o.get("status"))) {
                    chargesSucceeded++;
                    succeededByIntent.merge(String.valueOf(o.get("payment_intent")), 1, Integer::sum);
                } else {
                    chargesFailed++;
                }
            }
            if (kind.equals("checkout.session") && "paid".equals(o.get("payment_status"))) {
                sessionsPaid++;
                Object ref = o.get("client_reference_id");
                if (ref != null) {
                    paidByReference.merge((String) ref, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> eventsByType = new java.util.TreeMap<>();
        for (Map<String, Object> e : events.values()) {
            eventsByType.merge((String) e.get("type"), 1, Integer::sum);
        }
        return obj().with("checkout_sessions", counts.getOrDefault("checkout.session", 0L))
                .with("checkout_sessions_paid", sessionsPaid)
                .with("payment_intents", counts.getOrDefault("payment_intent", 0L))
                .with("charges", counts.getOrDefault("charge", 0L))
                .with("charges_succeeded", chargesSucceeded)
                .with("charges_failed", chargesFailed)
                .with("customers", counts.getOrDefault("customer", 0L))
                .with("subscriptions", counts.getOrDefault("subscription", 0L))
                .with("invoices", counts.getOrDefault("invoice", 0L))
                .with("refunds", counts.getOrDefault("refund", 0L))
                .with("disputes", counts.getOrDefault("dispute", 0L))
                .with("connected_accounts", counts.getOrDefault("account", 0L))
                .with("transfers", counts.getOrDefault("transfer", 0L))
                .with("transfer_reversals", counts.getOrDefault("transfer_reversal", 0L))
                .with("webhook_endpoints", counts.getOrDefault("webhook_endpoint", 0L))
                .with("events", events.size())
                .with("events_by_type", eventsByType)
                .with(
                        "duplicate_charges",
                        succeededByIntent.values().stream().filter(n -> n > 1).count())
                .with(
                        "client_reference_ids_paid_more_than_once",
                        paidByReference.values().stream().filter(n -> n > 1).count())
                .with("webhooks", webhookStats.toMap(holdingWebhooks, held.size()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
