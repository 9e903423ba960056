package dataport.stripeemulator;

import static dataport.stripeemulator.Json.list;
import static dataport.stripeemulator.Json.obj;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
            "auto", "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419", "et", "fi", "fil", "fr", "fr-CA",
            "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru",
            "sk", "sl", "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW");

    final String apiKey;
    private final Emulator emulator;
    /** Every object by id, in creation order (lists are newest first, as Stripe's). */
    final LinkedHashMap<String, Map<String, Object>> objects = new LinkedHashMap<>();

    final LinkedHashMap<String, Map<String, Object>> events = new LinkedHashMap<>();
    final Map<String, Stored> idempotent = new HashMap<>();
    /** Webhook deliveries kept back by the control API's hold, sent by its release. */
    boolean holdingWebhooks;

    final List<Webhooks.Delivery> held = new ArrayList<>();
    final Webhooks.Stats webhookStats = new Webhooks.Stats();
    private int invoiceNumber;

    Account(String apiKey, Emulator emulator) {
        this.apiKey = apiKey;
        this.emulator = emulator;
    }

    static long now() {
        return Instant.now().getEpochSecond();
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
        return obj("object", "list", "data", items, "has_more", false, "total_count", items.size(), "url", url);
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
        return obj("object", "list", "data", new ArrayList<Object>(matching.subList(from, to)), "has_more", hasMore,
                "url", url);
    }

    private static int indexOf(List<Map<String, Object>> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).get("id"))) {
                return i;
            }
        }
        throw ApiError.invalid("No such object: '" + id + "'", "starting_after");
    }

    private Map<String, Object> store(Map<String, Object> object) {
        objects.put((String) object.get("id"), object);
        return object;
    }

    // ------------------------------------------------------------------ events

    /**
     * Records an event with a frozen copy of the object as it is now (as Stripe's events carry a snapshot) and hands
     * it to the webhooks of every endpoint that wants it.
     */
    Map<String, Object> emit(String type, Map<String, Object> object, Map<String, Object> previous, Req req) {
        Map<String, Object> data = obj("object", new Json.Raw(Json.write(object)));
        if (previous != null && !previous.isEmpty()) {
            data.put("previous_attributes", new Json.Raw(Json.write(previous)));
        }
        Map<String, Object> event = obj(
                "id", Ids.of("evt"),
                "object", "event",
                "api_version", Emulator.API_VERSION,
                "created", now(),
                "data", data,
                "livemode", false,
                "pending_webhooks", 0,
                "request", obj("id", req.id(), "idempotency_key", req.idempotencyKey()),
                "type", type);
        events.put((String) event.get("id"), event);
        deliver(event, 1);
        return event;
    }

    /** Sends an event to every enabled endpoint that subscribed to its type, {@code copies} times each. */
    int deliver(Map<String, Object> event, int copies) {
        int count = 0;
        for (Map<String, Object> endpoint : objects.values()) {
            if (!"webhook_endpoint".equals(endpoint.get("object"))
                    || !"enabled".equals(endpoint.get("status"))
                    || !wants(endpoint, (String) event.get("type"))) {
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
        Form.allowOnly(params, "", "url", "enabled_events", "api_version", "description", "metadata", "expand",
                "connect");
        String url = validUrl(Form.requiredString(params, "url", "url"), "url");
        List<Object> enabled = Form.list(params, "enabled_events", "enabled_events");
        if (enabled == null || enabled.isEmpty()) {
            throw ApiError.missing("enabled_events");
        }
        String version = Form.string(params, "api_version", "api_version");
        Map<String, Object> endpoint = store(obj(
                "id", Ids.of("we"),
                "object", "webhook_endpoint",
                "api_version", version,
                "application", null,
                "created", now(),
                "description", Form.string(params, "description", "description"),
                "enabled_events", enabled,
                "livemode", false,
                "metadata", Form.metadata(params, "metadata", null),
                "status", "enabled",
                "url", url,
                "_secret", Ids.of("whsec")));
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
        return obj("id", id, "object", "webhook_endpoint", "deleted", true);
    }

    private static String validUrl(String url, String param) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw ApiError.invalid("Invalid URL: " + url + ". URLs must begin with http:// or https://.", param);
        }
        return url;
    }

    // ------------------------------------------------------------------ checkout sessions

    Map<String, Object> createSession(Map<String, Object> params, Req req) {
        Form.allowOnly(params, "", "mode", "line_items", "success_url", "cancel_url", "client_reference_id",
                "customer_email", "customer", "locale", "metadata", "payment_intent_data", "subscription_data",
                "expires_at", "expand", "payment_method_types", "ui_mode", "billing_address_collection",
                "allow_promotion_codes", "submit_type", "customer_creation");
        String mode = Form.requiredString(params, "mode", "mode");
        if (!mode.equals("payment") && !mode.equals("subscription")) {
            throw ApiError.invalid(
                    "Invalid mode: must be one of payment or subscription (setup mode is not emulated)", "mode");
        }
        String uiMode = Form.string(params, "ui_mode", "ui_mode");
        if (uiMode != null && !uiMode.equals("hosted")) {
            throw ApiError.invalid("The emulator serves the hosted page only (ui_mode=hosted).", "ui_mode");
        }
        String successUrl = validUrl(Form.requiredString(params, "success_url", "success_url"), "success_url");
        String cancelUrl = Form.string(params, "cancel_url", "cancel_url");
        if (cancelUrl != null) {
            validUrl(cancelUrl, "cancel_url");
        }
        String locale = Form.string(params, "locale", "locale");
        if (locale != null && !LOCALES.contains(locale)) {
            throw ApiError.invalid("Invalid locale: " + locale, "locale");
        }
        String customerEmail = Form.string(params, "customer_email", "customer_email");
        String customerId = Form.string(params, "customer", "customer");
        if (customerId != null) {
            get(customerId, "customer", "customer");
            if (customerEmail != null) {
                throw ApiError.invalid("You may only specify one of these parameters: customer, customer_email.",
                        "customer_email");
            }
        }
        String clientReferenceId = Form.string(params, "client_reference_id", "client_reference_id");
        if (clientReferenceId != null && clientReferenceId.length() > 200) {
            throw ApiError.invalid("client_reference_id can have at most 200 characters.", "client_reference_id");
        }
        long created = now();
        Long expiresAt = Form.integer(params, "expires_at", "expires_at");
        if (expiresAt == null) {
            expiresAt = created + 24 * 3600;
        } else if (expiresAt < created + 30 * 60) {
            throw ApiError.invalid(
                    "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
                    "expires_at");
        } else if (expiresAt > created + 24 * 3600) {
            throw ApiError.invalid(
                    "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.",
                    "expires_at");
        }

        List<Object> lineItemParams = Form.list(params, "line_items", "line_items");
        if (lineItemParams == null || lineItemParams.isEmpty()) {
            throw ApiError.missing("line_items");
        }
        String currency = null;
        String interval = null;
        long intervalCount = 0;
        long total = 0;
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < lineItemParams.size(); i++) {
            String p = "line_items[" + i + "]";
            if (!(lineItemParams.get(i) instanceof Map<?, ?>)) {
                throw ApiError.invalid("Invalid object", p);
            }
            Map<String, Object> item = castMap(lineItemParams.get(i));
            Form.allowOnly(item, p, "price_data", "quantity");
            Map<String, Object> priceData = Form.map(item, "price_data", p + "[price_data]");
            if (priceData == null) {
                throw ApiError.missing(p + "[price_data]");
            }
            Map<String, Object> price = createPrice(priceData, p + "[price_data]", created);
            Long quantity = Form.integer(item, "quantity", p + "[quantity]");
            if (quantity == null) {
                throw ApiError.missing(p + "[quantity]");
            }
            if (quantity < 1 || quantity > 999_999) {
                throw ApiError.invalid("Quantity must be between 1 and 999999.", p + "[quantity]");
            }
            String itemCurrency = (String) price.get("currency");
            if (currency != null && !currency.equals(itemCurrency)) {
                throw ApiError.invalid("All line items must use the same currency.", p + "[price_data][currency]");
            }
            currency = itemCurrency;
            Map<String, Object> recurring = castMap(price.get("recurring"));
            if (recurring != null) {
                if (mode.equals("payment")) {
                    throw ApiError.invalid(
                            "You specified `payment` mode but passed a recurring price. Either switch to"
                                    + " `subscription` mode or use only one-time prices.",
                            p + "[price_data][recurring]");
                }
                String itemInterval = (String) recurring.get("interval");
                long itemCount = (Long) recurring.get("interval_count");
                if (interval != null && (!interval.equals(itemInterval) || intervalCount != itemCount)) {
                    throw ApiError.invalid(
                            "Checkout does not support multiple prices with different billing intervals.",
                            p + "[price_data][recurring]");
                }
                interval = itemInterval;
                intervalCount = itemCount;
            }
            long amount = Math.multiplyExact((Long) price.get("unit_amount"), quantity);
            total = Math.addExact(total, amount);
            Map<String, Object> product = objects.get((String) price.get("product"));
            items.add(obj(
                    "id", Ids.of("li"),
                    "object", "item",
                    "amount_discount", 0L,
                    "amount_subtotal", amount,
                    "amount_tax", 0L,
                    "amount_total", amount,
                    "currency", currency,
                    "description", product.get("name"),
                    "price", price,
                    "quantity", quantity));
        }
        if (mode.equals("subscription") && interval == null) {
            throw ApiError.invalid(
                    "You must provide at least one recurring price in `subscription` mode when using prices.",
                    "line_items");
        }
        if (total > Money.MAX_AMOUNT) {
            throw new ApiError(400, "invalid_request_error", "amount_too_large",
                    "The Checkout Session's total amount due must be no more than "
                            + Money.format(Money.MAX_AMOUNT, currency) + ".", null);
        }
        if (Money.THREE_DECIMAL.contains(currency) && total % 10 != 0) {
            throw new ApiError(400, "invalid_request_error", "invalid_amount",
                    "Amounts in " + currency.toUpperCase(Locale.ROOT)
                            + " must be divisible by 10 (the last digit must be 0).", "line_items");
        }

        Map<String, Object> piData = Form.map(params, "payment_intent_data", "payment_intent_data");
        Form.allowOnly(piData, "payment_intent_data", "metadata", "description", "receipt_email");
        Map<String, Object> subData = Form.map(params, "subscription_data", "subscription_data");
        Form.allowOnly(subData, "subscription_data", "metadata", "description");
        if (piData != null && mode.equals("subscription")) {
            throw ApiError.invalid("You can not pass `payment_intent_data` in `subscription` mode.",
                    "payment_intent_data");
        }
        if (subData != null && mode.equals("payment")) {
            throw ApiError.invalid("You can only pass `subscription_data` in `subscription` mode.",
                    "subscription_data");
        }

        String id = Ids.of("cs_test");
        Map<String, Object> session = store(obj(
                "id", id,
                "object", "checkout.session",
                "adaptive_pricing", obj("enabled", false),
                "after_expiration", null,
                "allow_promotion_codes", null,
                "amount_subtotal", total,
                "amount_total", total,
                "automatic_tax", obj("enabled", false, "liability", null, "provider", null, "status", null),
                "billing_address_collection", null,
                "cancel_url", cancelUrl,
                "client_reference_id", clientReferenceId,
                "client_secret", null,
                "collected_information", null,
                "consent", null,
                "consent_collection", null,
                "created", created,
                "currency", currency,
                "currency_conversion", null,
                "custom_fields", list(),
                "custom_text", obj("after_submit", null, "shipping_address", null, "submit", null,
                        "terms_of_service_acceptance", null),
                "customer", customerId,
                "customer_creation", customerId != null ? null : mode.equals("payment") ? "if_required" : "always",
                "customer_details", null,
                "customer_email", customerEmail,
                "discounts", list(),
                "expires_at", expiresAt,
                "invoice", null,
                "invoice_creation", mode.equals("payment") ? obj("enabled", false, "invoice_data", obj(
                        "account_tax_ids", null, "custom_fields", null, "description", null, "footer", null,
                        "issuer", null, "metadata", obj(), "rendering_options", null)) : null,
                "livemode", false,
                "locale", locale,
                "metadata", Form.metadata(params, "metadata", null),
                "mode", mode,
                "origin_context", null,
                "payment_intent", null,
                "payment_link", null,
                "payment_method_collection", mode.equals("subscription") ? "always" : null,
                "payment_method_configuration_details", null,
                "payment_method_options", obj("card", obj("request_three_d_secure", "automatic")),
                "payment_method_types", list("card"),
                "payment_status", "unpaid",
                "permissions", null,
                "phone_number_collection", obj("enabled", false),
                "recovered_from", null,
                "saved_payment_method_options", null,
                "setup_intent", null,
                "shipping_address_collection", null,
                "shipping_cost", null,
                "shipping_options", list(),
                "status", "open",
                "submit_type", null,
                "subscription", null,
                "success_url", successUrl,
                "total_details", obj("amount_discount", 0L, "amount_shipping", 0L, "amount_tax", 0L),
                "ui_mode", "hosted",
                "url", emulator.publicUrl + "/c/pay/" + id,
                "wallet_options", null,
                "_line_items", items,
                "_pi_metadata", Form.metadata(piData, "payment_intent_data[metadata]", null),
                "_pi_description", Form.string(piData, "description", "payment_intent_data[description]"),
                "_sub_metadata", Form.metadata(subData, "subscription_data[metadata]", null),
                "_sub_description", Form.string(subData, "description", "subscription_data[description]"),
                "_interval", interval,
                "_interval_count", intervalCount));
        emulator.sessionCreated(this, id, expiresAt);
        return session;
    }

    private Map<String, Object> createPrice(Map<String, Object> data, String p, long created) {
        Form.allowOnly(data, p, "currency", "unit_amount", "product_data", "recurring", "tax_behavior");
        String currency = Form.requiredString(data, "currency", p + "[currency]").toLowerCase(Locale.ROOT);
        if (!currency.matches("[a-z]{3}")) {
            throw ApiError.invalid("Invalid currency: " + currency, p + "[currency]");
        }
        Long unitAmount = Form.integer(data, "unit_amount", p + "[unit_amount]");
        if (unitAmount == null) {
            throw ApiError.missing(p + "[unit_amount]");
        }
        if (unitAmount < 0) {
            throw ApiError.invalid("This value must be greater than or equal to 0.", p + "[unit_amount]");
        }
        if (unitAmount > Money.MAX_AMOUNT) {
            throw new ApiError(400, "invalid_request_error", "amount_too_large",
                    "Amount must be no more than " + Money.format(Money.MAX_AMOUNT, currency) + ".",
                    p + "[unit_amount]");
        }
        Map<String, Object> productData = Form.map(data, "product_data", p + "[product_data]");
        if (productData == null) {
            throw ApiError.missing(p + "[product_data]");
        }
        Form.allowOnly(productData, p + "[product_data]", "name", "description", "metadata", "images");
        String name = Form.requiredString(productData, "name", p + "[product_data][name]");
        Map<String, Object> product = store(obj(
                "id", Ids.of("prod"),
                "object", "product",
                "active", false,
                "created", created,
                "default_price", null,
                "description", Form.string(productData, "description", p + "[product_data][description]"),
                "images", list(),
                "livemode", false,
                "marketing_features", list(),
                "metadata", Form.metadata(productData, p + "[product_data][metadata]", null),
                "name", name,
                "package_dimensions", null,
                "shippable", null,
                "statement_descriptor", null,
                "tax_code", null,
                "type", "service",
                "unit_label", null,
                "updated", created,
                "url", null));
        Map<String, Object> recurringData = Form.map(data, "recurring", p + "[recurring]");
        Map<String, Object> recurring = null;
        if (recurringData != null) {
            Form.allowOnly(recurringData, p + "[recurring]", "interval", "interval_count");
            String interval = Form.requiredString(recurringData, "interval", p + "[recurring][interval]");
            if (!Set.of("day", "week", "month", "year").contains(interval)) {
                throw ApiError.invalid("Invalid interval: must be one of day, week, month, or year",
                        p + "[recurring][interval]");
            }
            Long count = Form.integer(recurringData, "interval_count", p + "[recurring][interval_count]");
            recurring = obj("interval", interval, "interval_count", count == null ? 1L : count, "meter", null,
                    "trial_period_days", null, "usage_type", "licensed");
        }
        return store(obj(
                "id", Ids.of("price"),
                "object", "price",
                "active", false,
                "billing_scheme", "per_unit",
                "created", created,
                "currency", currency,
                "custom_unit_amount", null,
                "livemode", false,
                "lookup_key", null,
                "metadata", obj(),
                "nickname", null,
                "product", product.get("id"),
                "recurring", recurring,
                "tax_behavior", "unspecified",
                "tiers_mode", null,
                "transform_quantity", null,
                "type", recurring == null ? "one_time" : "recurring",
                "unit_amount", unitAmount,
                "unit_amount_decimal", String.valueOf(unitAmount)));
    }

    Map<String, Object> listSessions(Map<String, Object> query) {
        String paymentIntent = Form.string(query, "payment_intent", "payment_intent");
        String subscription = Form.string(query, "subscription", "subscription");
        String customer = Form.string(query, "customer", "customer");
        String status = Form.string(query, "status", "status");
        String clientReferenceId = Form.string(query, "client_reference_id", "client_reference_id");
        return listObjects("checkout.session", "/v1/checkout/sessions", query, s ->
                (paymentIntent == null || paymentIntent.equals(s.get("payment_intent")))
                        && (subscription == null || subscription.equals(s.get("subscription")))
                        && (customer == null || customer.equals(s.get("customer")))
                        && (status == null || status.equals(s.get("status")))
                        && (clientReferenceId == null || clientReferenceId.equals(s.get("client_reference_id"))));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> sessionLineItems(String id, Map<String, Object> query) {
        Map<String, Object> session = get(id, "checkout.session", "session");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object item : (List<Object>) session.get("_line_items")) {
            items.add((Map<String, Object>) item);
        }
        return page(items, "item", "/v1/checkout/sessions/" + id + "/line_items", query, x -> true);
    }

    Map<String, Object> expireSession(String id, Req req) {
        Map<String, Object> session = get(id, "checkout.session", "session");
        if (!"open".equals(session.get("status"))) {
            throw ApiError.state("Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout"
                    + " Session has a status of \"" + session.get("status") + "\".");
        }
        expire(session, req);
        return session;
    }

    /** Expires an open session: at its expires_at (the emulator's clock) or on request. */
    void expire(Map<String, Object> session, Req req) {
        session.put("status", "expired");
        session.put("url", null);
        String piId = (String) session.get("payment_intent");
        if (piId != null) {
            Map<String, Object> pi = objects.get(piId);
            if (pi != null && !"succeeded".equals(pi.get("status")) && !"canceled".equals(pi.get("status"))) {
                pi.put("status", "canceled");
                pi.put("canceled_at", now());
                pi.put("cancellation_reason", "abandoned");
                pi.put("next_action", null);
                emit("payment_intent.canceled", pi, null, req);
            }
        }
        emit("checkout.session.expired", session, null, req);
    }

    void expireIfDue(String id) {
        Map<String, Object> session = objects.get(id);
        if (session != null && "open".equals(session.get("status")) && (Long) session.get("expires_at") <= now()) {
            expire(session, Req.NONE);
        }
    }

    // ------------------------------------------------------------------ paying (hosted page and control API)

    /** Card outcomes the hosted page offers, named after Stripe's test cards. */
    enum Card {
        SUCCEEDS("4242"),
        DECLINED("0002"),
        AUTHENTICATION("3184");

        final String last4;

        Card(String last4) {
            this.last4 = last4;
        }
    }

    Map<String, Object> openSession(String id) {
        Map<String, Object> session = get(id, "checkout.session", "session");
        if (!"open".equals(session.get("status"))) {
            throw new ApiError(400, "invalid_request_error", "checkout_session_not_open",
                    "This Checkout Session is no longer open (status \"" + session.get("status") + "\").", null);
        }
        return session;
    }

    /** Pay: the session completes, money moves, the buyer is sent to success_url. Returns the session. */
    Map<String, Object> pay(String id, String email, Req req) {
        Map<String, Object> session = openSession(id);
        rememberEmail(session, email);
        if ("payment".equals(session.get("mode"))) {
            Map<String, Object> pi = paymentIntentFor(session, req);
            if ("requires_action".equals(pi.get("status"))) {
                throw ApiError.state("This payment needs authentication first: complete or fail it.");
            }
            Map<String, Object> charge = succeed(pi, Card.SUCCEEDS, email(session), req);
            complete(session, pi, charge, req);
        } else {
            paySubscription(session, req);
        }
        return session;
    }

    /** The card is declined: the payment fails, the session stays open and can be paid again. */
    Map<String, Object> decline(String id, String email, Req req) {
        Map<String, Object> session = openSession(id);
        rememberEmail(session, email);
        String message = "Your card was declined.";
        if ("payment".equals(session.get("mode"))) {
            Map<String, Object> pi = paymentIntentFor(session, req);
            Map<String, Object> charge = charge(pi, Card.DECLINED, email(session), false);
            fail(pi, charge, obj(
                    "charge", charge.get("id"),
                    "code", "card_declined",
                    "decline_code", "generic_decline",
                    "doc_url", "https://stripe.com/docs/error-codes/card-declined",
                    "message", message,
                    "payment_method", obj("id", charge.get("payment_method"), "object", "payment_method",
                            "type", "card"),
                    "type", "card_error"), req);
            emit("charge.failed", charge, null, req);
            emit("payment_intent.payment_failed", pi, null, req);
        }
        session.put("_last_error", "card_declined");
        return session;
    }

    /** 3-D-Secure-style: the payment waits for the buyer to authenticate (complete or fail it). */
    Map<String, Object> requireAction(String id, String email, Req req) {
        Map<String, Object> session = openSession(id);
        rememberEmail(session, email);
        if (!"payment".equals(session.get("mode"))) {
            session.put("_awaiting_auth", true);
            return session;
        }
        Map<String, Object> pi = paymentIntentFor(session, req);
        pi.put("status", "requires_action");
        pi.put("payment_method", Ids.of("pm"));
        pi.put("next_action", obj("type", "redirect_to_url", "redirect_to_url", obj(
                "return_url", session.get("url"),
                "url", emulator.publicUrl + "/c/pay/" + id + "/authenticate")));
        emit("payment_intent.requires_action", pi, null, req);
        return session;
    }

    Map<String, Object> completeAuthentication(String id, Req req) {
        Map<String, Object> session = openSession(id);
        if (!"payment".equals(session.get("mode"))) {
            session.remove("_awaiting_auth");
            paySubscription(session, req);
            return session;
        }
        Map<String, Object> pi = awaitingAuthentication(session);
        Map<String, Object> charge = succeed(pi, Card.AUTHENTICATION, email(session), req);
        complete(session, pi, charge, req);
        return session;
    }

    Map<String, Object> failAuthentication(String id, Req req) {
        Map<String, Object> session = openSession(id);
        session.put("_last_error", "authentication_failed");
        if (!"payment".equals(session.get("mode"))) {
            session.remove("_awaiting_auth");
            return session;
        }
        Map<String, Object> pi = awaitingAuthentication(session);
        fail(pi, null, obj(
                "code", "payment_intent_authentication_failure",
                "doc_url", "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
                "message", "The provided PaymentMethod has failed authentication. You can provide"
                        + " payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent"
                        + " again.",
                "payment_method", obj("id", pi.get("payment_method"), "object", "payment_method", "type", "card"),
                "type", "invalid_request_error"), req);
        emit("payment_intent.payment_failed", pi, null, req);
        return session;
    }

    boolean awaitingAuthentication(String id) {
        Map<String, Object> session = objects.get(id);
        if (session == null) {
            return false;
        }
        if (Boolean.TRUE.equals(session.get("_awaiting_auth"))) {
            return true;
        }
        Map<String, Object> pi = objects.get((String) session.get("payment_intent"));
        return pi != null && "requires_action".equals(pi.get("status"));
    }

    private Map<String, Object> awaitingAuthentication(Map<String, Object> session) {
        Map<String, Object> pi = objects.get((String) session.get("payment_intent"));
        if (pi == null || !"requires_action".equals(pi.get("status"))) {
            throw ApiError.state("No authentication is pending for this Checkout Session.");
        }
        return pi;
    }

    /** Abandon: the buyer goes back; like Stripe, the session stays open until it expires. */
    Map<String, Object> abandon(String id) {
        return get(id, "checkout.session", "session");
    }

    private void rememberEmail(Map<String, Object> session, String email) {
        if (email != null && !email.isBlank() && session.get("customer_email") == null) {
            session.put("_entered_email", email.trim());
        }
    }

    String email(Map<String, Object> session) {
        Object email = session.get("customer_email");
        if (email == null) {
            email = session.get("_entered_email");
        }
        if (email == null && session.get("customer") != null) {
            Map<String, Object> customer = objects.get((String) session.get("customer"));
            email = customer == null ? null : customer.get("email");
        }
        return email == null ? "buyer@example.com" : (String) email;
    }

    private Map<String, Object> paymentIntentFor(Map<String, Object> session, Req req) {
        String existing = (String) session.get("payment_intent");
        if (existing != null) {
            return objects.get(existing);
        }
        Map<String, Object> pi = newPaymentIntent((Long) session.get("amount_total"), (String) session.get("currency"),
                (String) session.get("customer"), (String) session.get("_pi_description"),
                castMap(session.get("_pi_metadata")));
        session.put("payment_intent", pi.get("id"));
        emit("payment_intent.created", pi, null, req);
        return pi;
    }

    private Map<String, Object> newPaymentIntent(
            long amount, String currency, String customer, String description, Map<String, Object> metadata) {
        String id = Ids.of("pi");
        return store(obj(
                "id", id,
                "object", "payment_intent",
                "amount", amount,
                "amount_capturable", 0L,
                "amount_details", obj("tip", obj()),
                "amount_received", 0L,
                "application", null,
                "application_fee_amount", null,
                "automatic_payment_methods", null,
                "canceled_at", null,
                "cancellation_reason", null,
                "capture_method", "automatic",
                "client_secret", id + "_secret_" + Ids.random(25),
                "confirmation_method", "automatic",
                "created", now(),
                "currency", currency,
                "customer", customer,
                "description", description,
                "excluded_payment_method_types", null,
                "last_payment_error", null,
                "latest_charge", null,
                "livemode", false,
                "metadata", metadata == null ? obj() : new LinkedHashMap<>(metadata),
                "next_action", null,
                "on_behalf_of", null,
                "payment_method", null,
                "payment_method_configuration_details", null,
                "payment_method_options", obj("card", obj("installments", null, "mandate_options", null,
                        "network", null, "request_three_d_secure", "automatic")),
                "payment_method_types", list("card"),
                "processing", null,
                "receipt_email", null,
                "review", null,
                "setup_future_usage", null,
                "shipping", null,
                "source", null,
                "statement_descriptor", null,
                "statement_descriptor_suffix", null,
                "status", "requires_payment_method",
                "transfer_data", null,
                "transfer_group", null));
    }

    private Map<String, Object> charge(Map<String, Object> pi, Card card, String email, boolean succeeded) {
        long amount = (Long) pi.get("amount");
        long created = now();
        String pm = pi.get("payment_method") != null ? (String) pi.get("payment_method") : Ids.of("pm");
        Map<String, Object> outcome = succeeded
                ? obj("advice_code", null, "network_advice_code", null, "network_decline_code", null,
                        "network_status", "approved_by_network", "reason", null, "risk_level", "normal",
                        "risk_score", 20, "seller_message", "Payment complete.", "type", "authorized")
                : obj("advice_code", "try_again_later", "network_advice_code", null, "network_decline_code", null,
                        "network_status", "declined_by_network", "reason", "generic_decline", "risk_level", "normal",
                        "risk_score", 20,
                        "seller_message", "The bank did not return any further details with this decline.",
                        "type", "issuer_declined");
        String id = Ids.of("ch");
        return store(obj(
                "id", id,
                "object", "charge",
                "amount", amount,
                "amount_captured", succeeded ? amount : 0L,
                "amount_refunded", 0L,
                "application", null,
                "application_fee", null,
                "application_fee_amount", null,
                "balance_transaction", succeeded ? Ids.of("txn") : null,
                "billing_details", obj("address", obj("city", null, "country", null, "line1", null, "line2", null,
                        "postal_code", null, "state", null), "email", email, "name", null, "phone", null,
                        "tax_id", null),
                "calculated_statement_descriptor", "DATAPORT",
                "captured", succeeded,
                "created", created,
                "currency", pi.get("currency"),
                "customer", pi.get("customer"),
                "description", pi.get("description"),
                "destination", null,
                "dispute", null,
                "disputed", false,
                "failure_balance_transaction", null,
                "failure_code", succeeded ? null : "card_declined",
                "failure_message", succeeded ? null : "Your card was declined.",
                "fraud_details", obj(),
                "livemode", false,
                "metadata", new LinkedHashMap<>(castMap(pi.get("metadata"))),
                "on_behalf_of", null,
                "outcome", outcome,
                "paid", succeeded,
                "payment_intent", pi.get("id"),
                "payment_method", pm,
                "payment_method_details", obj("card", obj(
                        "amount_authorized", succeeded ? amount : null,
                        "authorization_code", succeeded ? String.valueOf(100000 + Math.abs(id.hashCode() % 900000))
                                : null,
                        "brand", "visa",
                        "checks", obj("address_line1_check", null, "address_postal_code_check", null,
                                "cvc_check", "pass"),
                        "country", "US",
                        "exp_month", 12,
                        "exp_year", ZonedDateTime.now(ZoneOffset.UTC).getYear() + 8,
                        "extended_authorization", obj("status", "disabled"),
                        "fingerprint", "dpEmu" + card.last4 + "Fp",
                        "funding", "credit",
                        "incremental_authorization", obj("status", "unavailable"),
                        "installments", null,
                        "last4", card.last4,
                        "mandate", null,
                        "multicapture", obj("status", "unavailable"),
                        "network", "visa",
                        "network_token", obj("used", false),
                        "network_transaction_id", succeeded ? Ids.random(15) : null,
                        "overcapture", obj("maximum_amount_capturable", amount, "status", "unavailable"),
                        "regulated_status", "unregulated",
                        "three_d_secure", card == Card.AUTHENTICATION
                                ? obj("authentication_flow", "challenge", "electronic_commerce_indicator", "05",
                                        "exemption_indicator", null, "result", "authenticated",
                                        "result_reason", null, "transaction_id", Ids.random(20), "version", "2.2.0")
                                : null,
                        "wallet", null), "type", "card"),
                "radar_options", obj(),
                "receipt_email", null,
                "receipt_number", null,
                "receipt_url", succeeded ? emulator.publicUrl + "/receipts/" + id : null,
                "refunded", false,
                "refunds", obj("object", "list", "data", list(), "has_more", false, "total_count", 0,
                        "url", "/v1/charges/" + id + "/refunds"),
                "review", null,
                "shipping", null,
                "source", null,
                "source_transfer", null,
                "statement_descriptor", null,
                "statement_descriptor_suffix", null,
                "status", succeeded ? "succeeded" : "failed",
                "transfer_data", null,
                "transfer_group", null));
    }

    private Map<String, Object> succeed(Map<String, Object> pi, Card card, String email, Req req) {
        Map<String, Object> charge = charge(pi, card, email, true);
        pi.put("status", "succeeded");
        pi.put("amount_received", pi.get("amount"));
        pi.put("latest_charge", charge.get("id"));
        pi.put("payment_method", charge.get("payment_method"));
        pi.put("last_payment_error", null);
        pi.put("next_action", null);
        emit("charge.succeeded", charge, null, req);
        emit("payment_intent.succeeded", pi, null, req);
        return charge;
    }

    private void fail(Map<String, Object> pi, Map<String, Object> charge, Map<String, Object> error, Req req) {
        pi.put("status", "requires_payment_method");
        pi.put("next_action", null);
        pi.put("payment_method", null);
        pi.put("last_payment_error", error);
        if (charge != null) {
            pi.put("latest_charge", charge.get("id"));
        }
    }

    private void complete(Map<String, Object> session, Map<String, Object> pi, Map<String, Object> charge, Req req) {
        session.put("status", "complete");
        session.put("payment_status", "paid");
        session.put("url", null);
        session.put("customer_details", customerDetails(email(session)));
        session.put("collected_information", obj("business_name", null, "individual_name", null,
                "shipping_details", null));
        session.remove("_last_error");
        emit("checkout.session.completed", session, null, req);
    }

    private static Map<String, Object> customerDetails(String email) {
        return obj("address", obj("city", null, "country", "US", "line1", null, "line2", null,
                "postal_code", "42424", "state", null), "business_name", null, "email", email,
                "individual_name", null, "name", null, "phone", null, "tax_exempt", "none", "tax_ids", list());
    }

    // ------------------------------------------------------------------ subscriptions and invoices

    @SuppressWarnings("unchecked")
    private void paySubscription(Map<String, Object> session, Req req) {
        long now = now();
        String email = email(session);
        String customerId = (String) session.get("customer");
        if (customerId == null) {
            Map<String, Object> customer = store(obj(
                    "id", Ids.of("cus"),
                    "object", "customer",
                    "address", null,
                    "balance", 0L,
                    "created", now,
                    "currency", session.get("currency"),
                    "default_source", null,
                    "delinquent", false,
                    "description", null,
                    "discount", null,
                    "email", email,
                    "invoice_prefix", Ids.random(8).toUpperCase(Locale.ROOT),
                    "invoice_settings", obj("custom_fields", null, "default_payment_method", null, "footer", null,
                            "rendering_options", null),
                    "livemode", false,
                    "metadata", obj(),
                    "name", null,
                    "next_invoice_sequence", 2,
                    "phone", null,
                    "preferred_locales", session.get("locale") == null ? list() : list(session.get("locale")),
                    "shipping", null,
                    "tax_exempt", "none",
                    "test_clock", null));
            customerId = (String) customer.get("id");
            session.put("customer", customerId);
            emit("customer.created", customer, null, req);
        }
        String subId = Ids.of("sub");
        String interval = (String) session.get("_interval");
        long intervalCount = (Long) session.get("_interval_count");
        long periodEnd = advance(now, interval, intervalCount);
        List<Object> subItems = new ArrayList<>();
        for (Object o : (List<Object>) session.get("_line_items")) {
            Map<String, Object> item = (Map<String, Object>) o;
            Map<String, Object> price = (Map<String, Object>) item.get("price");
            if (price.get("recurring") == null) {
                continue;
            }
            subItems.add(obj(
                    "id", Ids.of("si"),
                    "object", "subscription_item",
                    "billing_thresholds", null,
                    "created", now,
                    "current_period_end", periodEnd,
                    "current_period_start", now,
                    "discounts", list(),
                    "metadata", obj(),
                    "plan", plan(price),
                    "price", price,
                    "quantity", item.get("quantity"),
                    "subscription", subId,
                    "tax_rates", list()));
        }
        Map<String, Object> subscription = store(obj(
                "id", subId,
                "object", "subscription",
                "application", null,
                "application_fee_percent", null,
                "automatic_tax", obj("disabled_reason", null, "enabled", false, "liability", null),
                "billing_cycle_anchor", now,
                "billing_cycle_anchor_config", null,
                "billing_mode", obj("flexible", null, "type", "classic"),
                "billing_thresholds", null,
                "cancel_at", null,
                "cancel_at_period_end", false,
                "canceled_at", null,
                "cancellation_details", obj("comment", null, "feedback", null, "reason", null),
                "collection_method", "charge_automatically",
                "created", now,
                "currency", session.get("currency"),
                "customer", customerId,
                "days_until_due", null,
                "default_payment_method", null,
                "default_source", null,
                "default_tax_rates", list(),
                "description", session.get("_sub_description"),
                "discounts", list(),
                "ended_at", null,
                "invoice_settings", obj("account_tax_ids", null, "issuer", obj("type", "self")),
                "items", obj("object", "list", "data", subItems, "has_more", false, "total_count", subItems.size(),
                        "url", "/v1/subscription_items?subscription=" + subId),
                "latest_invoice", null,
                "livemode", false,
                "metadata", new LinkedHashMap<>(castMap(session.get("_sub_metadata"))),
                "next_pending_invoice_item_invoice", null,
                "on_behalf_of", null,
                "pause_collection", null,
                "payment_settings", obj("payment_method_options", null, "payment_method_types", null,
                        "save_default_payment_method", "off"),
                "pending_invoice_item_interval", null,
                "pending_setup_intent", null,
                "pending_update", null,
                "schedule", null,
                "start_date", now,
                "status", "active",
                "test_clock", null,
                "transfer_data", null,
                "trial_end", null,
                "trial_settings", obj("end_behavior", obj("missing_payment_method", "create_invoice")),
                "trial_start", null,
                "_email", email));
        Map<String, Object> invoice = invoice(subscription, (List<Object>) session.get("_line_items"),
                "subscription_create", now, now);
        emit("invoice.created", invoice, null, req);
        Map<String, Object> pi = newPaymentIntent((Long) invoice.get("amount_due"), (String) invoice.get("currency"),
                customerId, "Subscription creation", obj());
        emit("payment_intent.created", pi, null, req);
        subscription.put("default_payment_method", Ids.of("pm"));
        pi.put("payment_method", subscription.get("default_payment_method"));
        subscription.put("latest_invoice", invoice.get("id"));
        emit("customer.subscription.created", subscription, null, req);
        finalizeInvoice(invoice, req);
        succeed(pi, Card.SUCCEEDS, email, req);
        paid(invoice, pi, req);

        session.put("subscription", subId);
        session.put("invoice", invoice.get("id"));
        complete(session, null, null, req);
    }

    private static Map<String, Object> plan(Map<String, Object> price) {
        Map<String, Object> recurring = castMap(price.get("recurring"));
        return obj(
                "id", price.get("id"),
                "object", "plan",
                "active", price.get("active"),
                "amount", price.get("unit_amount"),
                "amount_decimal", price.get("unit_amount_decimal"),
                "billing_scheme", "per_unit",
                "created", price.get("created"),
                "currency", price.get("currency"),
                "interval", recurring.get("interval"),
                "interval_count", recurring.get("interval_count"),
                "livemode", false,
                "metadata", obj(),
                "meter", null,
                "nickname", null,
                "product", price.get("product"),
                "tiers_mode", null,
                "transform_usage", null,
                "trial_period_days", null,
                "usage_type", "licensed");
    }

    static long advance(long from, String interval, long count) {
        ZonedDateTime start = Instant.ofEpochSecond(from).atZone(ZoneOffset.UTC);
        ZonedDateTime end = switch (interval) {
            case "day" -> start.plusDays(count);
            case "week" -> start.plusWeeks(count);
            case "month" -> start.plusMonths(count);
            case "year" -> start.plusYears(count);
            default -> throw new IllegalArgumentException(interval);
        };
        return end.toEpochSecond();
    }

    /** An open invoice over the given items (session line items or subscription items). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> invoice(
            Map<String, Object> subscription, List<Object> items, String reason, long periodStart, long periodEnd) {
        String id = Ids.of("in");
        long now = now();
        List<Object> lines = new ArrayList<>();
        long total = 0;
        for (Object o : items) {
            Map<String, Object> item = (Map<String, Object>) o;
            Map<String, Object> price = (Map<String, Object>) item.get("price");
            long quantity = (Long) item.get("quantity");
            long amount = (Long) price.get("unit_amount") * quantity;
            total += amount;
            Map<String, Object> product = objects.get((String) price.get("product"));
            Map<String, Object> recurring = castMap(price.get("recurring"));
            String subItem = "subscription_item".equals(item.get("object")) ? (String) item.get("id")
                    : subscriptionItemFor(subscription, (String) price.get("id"));
            long lineStart = recurring == null ? now : periodStart;
            long lineEnd = recurring == null ? now
                    : advance(periodStart, (String) recurring.get("interval"), (Long) recurring.get("interval_count"));
            lines.add(obj(
                    "id", Ids.of("il"),
                    "object", "line_item",
                    "amount", amount,
                    "currency", price.get("currency"),
                    "description", quantity + " × " + product.get("name") + " (at "
                            + Money.format((Long) price.get("unit_amount"), (String) price.get("currency"))
                            + (recurring == null ? ")" : " / " + recurring.get("interval") + ")"),
                    "discount_amounts", list(),
                    "discountable", true,
                    "discounts", list(),
                    "invoice", id,
                    "livemode", false,
                    "metadata", obj(),
                    "parent", obj("invoice_item_details", null, "subscription_item_details", obj(
                            "invoice_item", null, "proration", false,
                            "proration_details", obj("credited_items", null),
                            "subscription", subscription.get("id"), "subscription_item", subItem),
                            "type", "subscription_item_details"),
                    "period", obj("end", lineEnd, "start", lineStart),
                    "pretax_credit_amounts", list(),
                    "pricing", obj("price_details", obj("price", price.get("id"), "product", price.get("product")),
                            "type", "price_details", "unit_amount_decimal", price.get("unit_amount_decimal")),
                    "quantity", quantity,
                    "subtotal", amount,
                    "taxes", list()));
        }
        invoiceNumber++;
        return store(obj(
                "id", id,
                "object", "invoice",
                "account_country", "US",
                "account_name", "DataPort (Stripe emulator)",
                "account_tax_ids", null,
                "amount_due", total,
                "amount_overpaid", 0L,
                "amount_paid", 0L,
                "amount_remaining", total,
                "amount_shipping", 0L,
                "application", null,
                "attempt_count", 0,
                "attempted", false,
                "auto_advance", true,
                "automatic_tax", obj("disabled_reason", null, "enabled", false, "liability", null, "provider", null,
                        "status", null),
                "automatically_finalizes_at", null,
                "billing_reason", reason,
                "collection_method", "charge_automatically",
                "confirmation_secret", null,
                "created", now,
                "currency", subscription.get("currency"),
                "custom_fields", null,
                "customer", subscription.get("customer"),
                "customer_address", null,
                "customer_email", subscription.get("_email"),
                "customer_name", null,
                "customer_phone", null,
                "customer_shipping", null,
                "customer_tax_exempt", "none",
                "customer_tax_ids", list(),
                "default_payment_method", null,
                "default_source", null,
                "default_tax_rates", list(),
                "description", null,
                "discounts", list(),
                "due_date", null,
                "effective_at", null,
                "ending_balance", null,
                "footer", null,
                "from_invoice", null,
                "hosted_invoice_url", emulator.publicUrl + "/invoices/" + id,
                "invoice_pdf", null,
                "issuer", obj("type", "self"),
                "last_finalization_error", null,
                "latest_revision", null,
                "lines", obj("object", "list", "data", lines, "has_more", false, "total_count", lines.size(),
                        "url", "/v1/invoices/" + id + "/lines"),
                "livemode", false,
                "metadata", obj(),
                "next_payment_attempt", null,
                "number", String.format(Locale.ROOT, "EMU%05d", invoiceNumber),
                "on_behalf_of", null,
                "parent", obj("quote_details", null, "subscription_details", obj(
                        "metadata", new LinkedHashMap<>(castMap(subscription.get("metadata"))),
                        "subscription", subscription.get("id")), "type", "subscription_details"),
                "payment_settings", obj("default_mandate", null, "payment_method_options", null,
                        "payment_method_types", null),
                "period_end", periodEnd,
                "period_start", periodStart,
                "post_payment_credit_notes_amount", 0L,
                "pre_payment_credit_notes_amount", 0L,
                "receipt_number", null,
                "rendering", null,
                "shipping_cost", null,
                "shipping_details", null,
                "starting_balance", 0L,
                "statement_descriptor", null,
                "status", "draft",
                "status_transitions", obj("finalized_at", null, "marked_uncollectible_at", null, "paid_at", null,
                        "voided_at", null),
                "subtotal", total,
                "subtotal_excluding_tax", total,
                "test_clock", null,
                "total", total,
                "total_discount_amounts", list(),
                "total_excluding_tax", total,
                "total_pretax_credit_amounts", list(),
                "total_taxes", list(),
                "webhooks_delivered_at", null,
                "_payments", list()));
    }

    @SuppressWarnings("unchecked")
    private static String subscriptionItemFor(Map<String, Object> subscription, String priceId) {
        for (Object o : (List<Object>) castMap(subscription.get("items")).get("data")) {
            Map<String, Object> item = (Map<String, Object>) o;
            if (priceId.equals(castMap(item.get("price")).get("id"))) {
                return (String) item.get("id");
            }
        }
        return null;
    }

    private void finalizeInvoice(Map<String, Object> invoice, Req req) {
        long now = now();
        invoice.put("status", "open");
        invoice.put("effective_at", now);
        invoice.put("ending_balance", 0L);
        invoice.put("webhooks_delivered_at", now);
        castMap(invoice.get("status_transitions")).put("finalized_at", now);
        emit("invoice.finalized", invoice, null, req);
    }

    @SuppressWarnings("unchecked")
    private void paid(Map<String, Object> invoice, Map<String, Object> pi, Req req) {
        long now = now();
        invoice.put("status", "paid");
        invoice.put("amount_paid", invoice.get("amount_due"));
        invoice.put("amount_remaining", 0L);
        invoice.put("attempt_count", ((Integer) invoice.get("attempt_count")) + 1);
        invoice.put("attempted", true);
        invoice.put("auto_advance", false);
        castMap(invoice.get("status_transitions")).put("paid_at", now);
        ((List<Object>) invoice.get("_payments")).add(invoicePayment(invoice, pi, "paid"));
        emit("invoice.paid", invoice, null, req);
        emit("invoice.payment_succeeded", invoice, null, req);
    }

    private static Map<String, Object> invoicePayment(Map<String, Object> invoice, Map<String, Object> pi,
            String status) {
        long now = now();
        return obj(
                "id", Ids.of("inpay"),
                "object", "invoice_payment",
                "amount_paid", "paid".equals(status) ? pi.get("amount") : null,
                "amount_requested", pi.get("amount"),
                "created", now,
                "currency", pi.get("currency"),
                "invoice", invoice.get("id"),
                "is_default", true,
                "livemode", false,
                "payment", obj("payment_intent", pi.get("id"), "type", "payment_intent"),
                "status", status,
                "status_transitions", obj("canceled_at", null, "paid_at", "paid".equals(status) ? now : null));
    }

    Map<String, Object> updateSubscription(String id, Map<String, Object> params, Req req) {
        Form.allowOnly(params, "", "cancel_at_period_end", "metadata", "description", "expand");
        Map<String, Object> sub = get(id, "subscription", "id");
        if ("canceled".equals(sub.get("status")) || "incomplete_expired".equals(sub.get("status"))) {
            throw ApiError.state("A canceled subscription can only update its cancellation_details and metadata.");
        }
        Map<String, Object> previous = obj();
        Boolean cancelAtPeriodEnd = Form.bool(params, "cancel_at_period_end", "cancel_at_period_end");
        if (cancelAtPeriodEnd != null && !cancelAtPeriodEnd.equals(sub.get("cancel_at_period_end"))) {
            previous.put("cancel_at_period_end", sub.get("cancel_at_period_end"));
            previous.put("cancel_at", sub.get("cancel_at"));
            previous.put("canceled_at", sub.get("canceled_at"));
            previous.put("cancellation_details", sub.get("cancellation_details"));
            sub.put("cancel_at_period_end", cancelAtPeriodEnd);
            sub.put("cancel_at", cancelAtPeriodEnd ? periodEnd(sub) : null);
            sub.put("canceled_at", cancelAtPeriodEnd ? now() : null);
            sub.put("cancellation_details", obj("comment", null, "feedback", null,
                    "reason", cancelAtPeriodEnd ? "cancellation_requested" : null));
        }
        if (params.containsKey("description")) {
            previous.put("description", sub.get("description"));
            sub.put("description", Form.string(params, "description", "description"));
        }
        if (params.containsKey("metadata")) {
            previous.put("metadata", sub.get("metadata"));
            sub.put("metadata", Form.metadata(params, "metadata", castMap(sub.get("metadata"))));
        }
        if (!previous.isEmpty()) {
            emit("customer.subscription.updated", sub, previous, req);
        }
        return sub;
    }

    Map<String, Object> cancelSubscription(String id, Req req) {
        Map<String, Object> sub = get(id, "subscription", "id");
        if ("canceled".equals(sub.get("status"))) {
            throw new ApiError(404, "invalid_request_error", "resource_missing",
                    "No such subscription: '" + id + "'", "id");
        }
        end(sub, now(), "cancellation_requested", req);
        return sub;
    }

    private void end(Map<String, Object> sub, long at, String reason, Req req) {
        long now = now();
        sub.put("status", "canceled");
        sub.put("canceled_at", sub.get("canceled_at") == null ? now : sub.get("canceled_at"));
        sub.put("ended_at", at);
        sub.put("cancellation_details", obj("comment", null, "feedback", null, "reason", reason));
        emit("customer.subscription.deleted", sub, null, req);
    }

    @SuppressWarnings("unchecked")
    static long periodEnd(Map<String, Object> sub) {
        List<Object> items = (List<Object>) castMap(sub.get("items")).get("data");
        return (Long) ((Map<String, Object>) items.getFirst()).get("current_period_end");
    }

    /**
     * The control API's clock for subscriptions: the current period ends now. A paid renewal starts the next period
     * (a new invoice paid); a failed one leaves the invoice open (invoice.payment_failed, status past_due) and the
     * subscription ends at the end of the period that was paid (customer.subscription.deleted). A subscription set to
     * cancel at period end ends instead.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> renew(String id, String outcome) {
        Map<String, Object> sub = get(id, "subscription", "id");
        if (!"active".equals(sub.get("status")) && !"past_due".equals(sub.get("status"))) {
            throw ApiError.state("Only an active subscription can renew (status \"" + sub.get("status") + "\").");
        }
        if (!"paid".equals(outcome) && !"failed".equals(outcome)) {
            throw ApiError.invalid("outcome must be paid or failed", "outcome");
        }
        long oldEnd = periodEnd(sub);
        if (Boolean.TRUE.equals(sub.get("cancel_at_period_end"))) {
            end(sub, oldEnd, "cancellation_requested", Req.NONE);
            return sub;
        }
        List<Object> items = (List<Object>) castMap(sub.get("items")).get("data");
        Map<String, Object> previousItems = obj("items", new Json.Raw(Json.write(sub.get("items"))));
        Map<String, Object> invoice = invoice(sub, items, "subscription_cycle", oldEnd, oldEnd);
        emit("invoice.created", invoice, null, Req.NONE);
        finalizeInvoice(invoice, Req.NONE);
        Map<String, Object> pi = newPaymentIntent((Long) invoice.get("amount_due"), (String) invoice.get("currency"),
                (String) sub.get("customer"), "Subscription update", obj());
        pi.put("payment_method", sub.get("default_payment_method"));
        emit("payment_intent.created", pi, null, Req.NONE);
        sub.put("latest_invoice", invoice.get("id"));
        if (outcome.equals("paid")) {
            for (Object o : items) {
                Map<String, Object> item = (Map<String, Object>) o;
                Map<String, Object> recurring = castMap(castMap(item.get("price")).get("recurring"));
                item.put("current_period_start", oldEnd);
                item.put("current_period_end", advance(oldEnd, (String) recurring.get("interval"),
                        (Long) recurring.get("interval_count")));
            }
            String previousStatus = (String) sub.get("status");
            sub.put("status", "active");
            succeed(pi, Card.SUCCEEDS, (String) sub.get("_email"), Req.NONE);
            paid(invoice, pi, Req.NONE);
            if (!"active".equals(previousStatus)) {
                previousItems.put("status", previousStatus);
            }
            emit("customer.subscription.updated", sub, previousItems, Req.NONE);
        } else {
            Map<String, Object> charge = charge(pi, Card.DECLINED, (String) sub.get("_email"), false);
            fail(pi, charge, obj("charge", charge.get("id"), "code", "card_declined", "decline_code",
                    "insufficient_funds", "doc_url", "https://stripe.com/docs/error-codes/card-declined",
                    "message", "Your card has insufficient funds.", "type", "card_error"), Req.NONE);
            emit("charge.failed", charge, null, Req.NONE);
            emit("payment_intent.payment_failed", pi, null, Req.NONE);
            invoice.put("attempt_count", 1);
            invoice.put("attempted", true);
            ((List<Object>) invoice.get("_payments")).add(invoicePayment(invoice, pi, "open"));
            emit("invoice.payment_failed", invoice, null, Req.NONE);
            String previousStatus = (String) sub.get("status");
            if (!"past_due".equals(previousStatus)) {
                sub.put("status", "past_due");
                emit("customer.subscription.updated", sub, obj("status", previousStatus), Req.NONE);
            }
            end(sub, oldEnd, "payment_failed", Req.NONE);
        }
        return sub;
    }

    // ------------------------------------------------------------------ refunds

    @SuppressWarnings("unchecked")
    Map<String, Object> createRefund(Map<String, Object> params, Req req) {
        Form.allowOnly(params, "", "charge", "payment_intent", "amount", "reason", "metadata", "expand");
        String chargeId = Form.string(params, "charge", "charge");
        String piId = Form.string(params, "payment_intent", "payment_intent");
        if (chargeId == null && piId == null) {
            throw ApiError.invalid("One of the following params should be provided for this request: payment_intent"
                    + " or charge.", null);
        }
        Map<String, Object> pi = null;
        if (piId != null) {
            pi = get(piId, "payment_intent", "payment_intent");
            if (chargeId == null) {
                chargeId = (String) pi.get("latest_charge");
            }
        }
        Map<String, Object> charge = chargeId == null ? null : objects.get(chargeId);
        if (charge == null || !"succeeded".equals(charge.get("status"))) {
            if (piId != null) {
                throw new ApiError(400, "invalid_request_error", "charge_not_refundable", "This PaymentIntent ("
                        + piId + ") does not have a successful charge to refund.", "payment_intent");
            }
            throw ApiError.notFound("charge", chargeId, "charge");
        }
        if (pi != null && !piId.equals(charge.get("payment_intent"))) {
            throw ApiError.invalid("The charge does not belong to this PaymentIntent.", "charge");
        }
        long remaining = (Long) charge.get("amount") - (Long) charge.get("amount_refunded");
        if (remaining <= 0) {
            throw new ApiError(400, "invalid_request_error", "charge_already_refunded",
                    "Charge " + chargeId + " has already been refunded.", null);
        }
        Long amountParam = Form.integer(params, "amount", "amount");
        long amount = amountParam == null ? remaining : amountParam;
        if (amount <= 0) {
            throw ApiError.invalid("This value must be greater than or equal to 1.", "amount");
        }
        if (amount > remaining) {
            String currency = (String) charge.get("currency");
            throw new ApiError(400, "invalid_request_error", "amount_too_large", "Refund amount ("
                    + Money.format(amount, currency) + ") is greater than unrefunded amount on charge ("
                    + Money.format(remaining, currency) + ")", "amount");
        }
        String reason = Form.string(params, "reason", "reason");
        if (reason != null && !Set.of("duplicate", "fraudulent", "requested_by_customer").contains(reason)) {
            throw ApiError.invalid("Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer",
                    "reason");
        }
        Map<String, Object> refund = store(obj(
                "id", Ids.of("re"),
                "object", "refund",
                "amount", amount,
                "balance_transaction", Ids.of("txn"),
                "charge", chargeId,
                "created", now(),
                "currency", charge.get("currency"),
                "destination_details", obj("card", obj("reference", Ids.random(12), "reference_status", "available",
                        "reference_type", "acquirer_reference_number", "type", "refund"), "type", "card"),
                "metadata", Form.metadata(params, "metadata", null),
                "payment_intent", charge.get("payment_intent"),
                "reason", reason,
                "receipt_number", null,
                "source_transfer_reversal", null,
                "status", "succeeded",
                "transfer_reversal", null));
        Map<String, Object> previous = obj("amount_refunded", charge.get("amount_refunded"),
                "refunded", charge.get("refunded"));
        long refunded = (Long) charge.get("amount_refunded") + amount;
        charge.put("amount_refunded", refunded);
        charge.put("refunded", refunded == (Long) charge.get("amount"));
        Map<String, Object> refunds = castMap(charge.get("refunds"));
        ((List<Object>) refunds.get("data")).addFirst(refund);
        refunds.put("total_count", ((List<Object>) refunds.get("data")).size());
        emit("refund.created", refund, null, req);
        emit("charge.refunded", charge, previous, req);
        return refund;
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
        return obj(
                "checkout_sessions", counts.getOrDefault("checkout.session", 0L),
                "checkout_sessions_paid", sessionsPaid,
                "payment_intents", counts.getOrDefault("payment_intent", 0L),
                "charges", counts.getOrDefault("charge", 0L),
                "charges_succeeded", chargesSucceeded,
                "charges_failed", chargesFailed,
                "customers", counts.getOrDefault("customer", 0L),
                "subscriptions", counts.getOrDefault("subscription", 0L),
                "invoices", counts.getOrDefault("invoice", 0L),
                "refunds", counts.getOrDefault("refund", 0L),
                "webhook_endpoints", counts.getOrDefault("webhook_endpoint", 0L),
                "events", events.size(),
                "events_by_type", eventsByType,
                "duplicate_charges", succeededByIntent.values().stream().filter(n -> n > 1).count(),
                "client_reference_ids_paid_more_than_once",
                        paidByReference.values().stream().filter(n -> n > 1).count(),
                "webhooks", webhookStats.toMap(holdingWebhooks, held.size()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
