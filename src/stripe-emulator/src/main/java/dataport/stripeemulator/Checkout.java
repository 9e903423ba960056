package dataport.stripeemulator;

import static dataport.stripeemulator.Account.castMap;
import static dataport.stripeemulator.Json.list;
import static dataport.stripeemulator.Json.obj;

import dataport.stripeemulator.Account.Req;
import dataport.stripeemulator.Payments.Card;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checkout Sessions: creation with Stripe's validation, expiry, and the outcomes of the hosted page. */
final class Checkout {

    private final Account account;
    private final Payments payments;
    private final Billing billing;

    Checkout(Account account) {
        this.account = account;
        this.payments = account.payments;
        this.billing = account.billing;
    }

    // ------------------------------------------------------------------ checkout sessions

    Map<String, Object> createSession(Map<String, Object> params, Req req) {
        Form.allowOnly(
                params,
                "",
                "mode",
                "line_items",
                "success_url",
                "cancel_url",
                "client_reference_id",
                "customer_email",
                "customer",
                "locale",
                "metadata",
                "payment_intent_data",
                "subscription_data",
                "expires_at",
                "expand",
                "payment_method_types",
                "ui_mode",
                "billing_address_collection",
                "allow_promotion_codes",
                "submit_type",
                "customer_creation");
        String mode = Form.requiredString(params, "mode", "mode");
        if (!mode.equals("payment") && !mode.equals("subscription")) {
            throw ApiError.invalid(
                    "Invalid mode: must be one of payment or subscription (setup mode is not emulated)", "mode");
        }
        String uiMode = Form.string(params, "ui_mode", "ui_mode");
        if (uiMode != null && !uiMode.equals("hosted")) {
            throw ApiError.invalid("The emulator serves the hosted page only (ui_mode=hosted).", "ui_mode");
        }
        String successUrl = Account.validUrl(Form.requiredString(params, "success_url", "success_url"), "success_url");
        String cancelUrl = Form.string(params, "cancel_url", "cancel_url");
        if (cancelUrl != null) {
            Account.validUrl(cancelUrl, "cancel_url");
        }
        String locale = Form.string(params, "locale", "locale");
        if (locale != null && !Account.LOCALES.contains(locale)) {
            throw ApiError.invalid("Invalid locale: " + locale, "locale");
        }
        String customerEmail = Form.string(params, "customer_email", "customer_email");
        String customerId = Form.string(params, "customer", "customer");
        if (customerId != null) {
            account.get(customerId, "customer", "customer");
            if (customerEmail != null) {
                throw ApiError.invalid(
                        "You may only specify one of these parameters: customer, customer_email.", "customer_email");
            }
        }
        String clientReferenceId = Form.string(params, "client_reference_id", "client_reference_id");
        if (clientReferenceId != null && clientReferenceId.length() > 200) {
            throw ApiError.invalid("client_reference_id can have at most 200 characters.", "client_reference_id");
        }
        long created = account.now();
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
            Map<String, Object> product = account.objects.get((String) price.get("product"));
            items.add(obj().with("id", Ids.of("li"))
                    .with("object", "item")
                    .with("amount_discount", 0L)
                    .with("amount_subtotal", amount)
                    .with("amount_tax", 0L)
                    .with("amount_total", amount)
                    .with("currency", currency)
                    .with("description", product.get("name"))
                    .with("price", price)
                    .with("quantity", quantity));
        }
        if (mode.equals("subscription") && interval == null) {
            throw ApiError.invalid(
                    "You must provide at least one recurring price in `subscription` mode when using prices.",
                    "line_items");
        }
        if (total > Money.MAX_AMOUNT) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "amount_too_large",
                    "The Checkout Session's total amount due must be no more than "
                            + Money.format(Money.MAX_AMOUNT, currency) + ".",
                    null);
        }
        if (Money.THREE_DECIMAL.contains(currency) && total % 10 != 0) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "invalid_amount",
                    "Amounts in " + currency.toUpperCase(Locale.ROOT)
                            + " must be divisible by 10 (the last digit must be 0).",
                    "line_items");
        }

        Map<String, Object> piData = Form.map(params, "payment_intent_data", "payment_intent_data");
        Form.allowOnly(piData, "payment_intent_data", "metadata", "description", "receipt_email");
        Map<String, Object> subData = Form.map(params, "subscription_data", "subscription_data");
        Form.allowOnly(subData, "subscription_data", "metadata", "description");
        if (piData != null && mode.equals("subscription")) {
            throw ApiError.invalid(
                    "You can not pass `payment_intent_data` in `subscription` mode.", "payment_intent_data");
        }
        if (subData != null && mode.equals("payment")) {
            throw ApiError.invalid(
                    "You can only pass `subscription_data` in `subscription` mode.", "subscription_data");
        }

        String id = Ids.of("cs_test");
        Map<String, Object> session = account.store(obj().with("id", id)
                .with("object", "checkout.session")
                .with("adaptive_pricing", obj().with("enabled", false))
                .with("after_expiration", null)
                .with("allow_promotion_codes", null)
                .with("amount_subtotal", total)
                .with("amount_total", total)
                .with(
                        "automatic_tax",
                        obj().with("enabled", false)
                                .with("liability", null)
                                .with("provider", null)
                                .with("status", null))
                .with("billing_address_collection", null)
                .with("cancel_url", cancelUrl)
                .with("client_reference_id", clientReferenceId)
                .with("client_secret", null)
                .with("collected_information", null)
                .with("consent", null)
                .with("consent_collection", null)
                .with("created", created)
                .with("currency", currency)
                .with("currency_conversion", null)
                .with("custom_fields", list())
                .with(
                        "custom_text",
                        obj().with("after_submit", null)
                                .with("shipping_address", null)
                                .with("submit", null)
                                .with("terms_of_service_acceptance", null))
                .with("customer", customerId)
                .with("customer_account", null)
                .with(
                        "customer_creation",
                        customerId != null ? null : mode.equals("payment") ? "if_required" : "always")
                .with("customer_details", null)
                .with("customer_email", customerEmail)
                .with("discounts", list())
                .with("expires_at", expiresAt)
                .with("integration_identifier", null)
                .with("invoice", null)
                .with(
                        "invoice_creation",
                        mode.equals("payment")
                                ? obj().with("enabled", false)
                                        .with(
                                                "invoice_data",
                                                obj().with("account_tax_ids", null)
                                                        .with("custom_fields", null)
                                                        .with("description", null)
                                                        .with("footer", null)
                                                        .with("issuer", null)
                                                        .with("metadata", obj())
                                                        .with("rendering_options", null))
                                : null)
                .with("livemode", false)
                .with("locale", locale)
                .with("managed_payments", null)
                .with("metadata", Form.metadata(params, "metadata", null))
                .with("mode", mode)
                .with("origin_context", null)
                .with("payment_intent", null)
                .with("payment_link", null)
                .with("payment_method_collection", mode.equals("subscription") ? "always" : null)
                .with("payment_method_configuration_details", null)
                .with("payment_method_options", obj().with("card", obj().with("request_three_d_secure", "automatic")))
                .with("payment_method_types", list("card"))
                .with("payment_status", "unpaid")
                .with("permissions", null)
                .with("phone_number_collection", obj().with("enabled", false))
                .with("recovered_from", null)
                .with("saved_payment_method_options", null)
                .with("setup_intent", null)
                .with("shipping_address_collection", null)
                .with("shipping_cost", null)
                .with("shipping_options", list())
                .with("status", "open")
                .with("submit_type", null)
                .with("subscription", null)
                .with("success_url", successUrl)
                .with(
                        "total_details",
                        obj().with("amount_discount", 0L)
                                .with("amount_shipping", 0L)
                                .with("amount_tax", 0L))
                .with("ui_mode", "hosted")
                .with("url", account.emulator.publicUrl + "/c/pay/" + id)
                .with("wallet_options", null)
                .with("_line_items", items)
                .with("_pi_metadata", Form.metadata(piData, "payment_intent_data[metadata]", null))
                .with("_pi_description", Form.string(piData, "description", "payment_intent_data[description]"))
                .with("_sub_metadata", Form.metadata(subData, "subscription_data[metadata]", null))
                .with("_sub_description", Form.string(subData, "description", "subscription_data[description]"))
                .with("_interval", interval)
                .with("_interval_count", intervalCount));
        account.emulator.sessionCreated(account, id, expiresAt);
        return session;
    }

    private Map<String, Object> createPrice(Map<String, Object> data, String p, long created) {
        Form.allowOnly(data, p, "currency", "unit_amount", "product_data", "recurring", "tax_behavior");
        String currency =
                Form.requiredString(data, "currency", p + "[currency]").toLowerCase(Locale.ROOT);
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
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "amount_too_large",
                    "Amount must be no more than " + Money.format(Money.MAX_AMOUNT, currency) + ".",
                    p + "[unit_amount]");
        }
        Map<String, Object> productData = Form.map(data, "product_data", p + "[product_data]");
        if (productData == null) {
            throw ApiError.missing(p + "[product_data]");
        }
        Form.allowOnly(productData, p + "[product_data]", "name", "description", "metadata", "images");
        String name = Form.requiredString(productData, "name", p + "[product_data][name]");
        Map<String, Object> product = account.store(obj().with("id", Ids.of("prod"))
                .with("object", "product")
                .with("active", false)
                .with("created", created)
                .with("default_price", null)
                .with("description", Form.string(productData, "description", p + "[product_data][description]"))
                .with("images", list())
                .with("livemode", false)
                .with("marketing_features", list())
                .with("metadata", Form.metadata(productData, p + "[product_data][metadata]", null))
                .with("name", name)
                .with("package_dimensions", null)
                .with("shippable", null)
                .with("statement_descriptor", null)
                .with("tax_code", null)
                .with("type", "service")
                .with("unit_label", null)
                .with("updated", created)
                .with("url", null));
        Map<String, Object> recurringData = Form.map(data, "recurring", p + "[recurring]");
        Map<String, Object> recurring = null;
        if (recurringData != null) {
            Form.allowOnly(recurringData, p + "[recurring]", "interval", "interval_count");
            String interval = Form.requiredString(recurringData, "interval", p + "[recurring][interval]");
            if (!Set.of("day", "week", "month", "year").contains(interval)) {
                throw ApiError.invalid(
                        "Invalid interval: must be one of day, week, month, or year", p + "[recurring][interval]");
            }
            Long count = Form.integer(recurringData, "interval_count", p + "[recurring][interval_count]");
            recurring = obj().with("interval", interval)
                    .with("interval_count", count == null ? 1L : count)
                    .with("meter", null)
                    .with("trial_period_days", null)
                    .with("usage_type", "licensed");
        }
        return account.store(obj().with("id", Ids.of("price"))
                .with("object", "price")
                .with("active", false)
                .with("billing_scheme", "per_unit")
                .with("created", created)
                .with("currency", currency)
                .with("custom_unit_amount", null)
                .with("livemode", false)
                .with("lookup_key", null)
                .with("metadata", obj())
                .with("nickname", null)
                .with("product", product.get("id"))
                .with("recurring", recurring)
                .with("tax_behavior", "unspecified")
                .with("tiers_mode", null)
                .with("transform_quantity", null)
                .with("type", recurring == null ? "one_time" : "recurring")
                .with("unit_amount", unitAmount)
                .with("unit_amount_decimal", String.valueOf(unitAmount)));
    }

    Map<String, Object> listSessions(Map<String, Object> query) {
        String paymentIntent = Form.string(query, "payment_intent", "payment_intent");
        String subscription = Form.string(query, "subscription", "subscription");
        String customer = Form.string(query, "customer", "customer");
        String status = Form.string(query, "status", "status");
        String clientReferenceId = Form.string(query, "client_reference_id", "client_reference_id");
        return account.listObjects(
                "checkout.session",
                "/v1/checkout/sessions",
                query,
                s -> (paymentIntent == null || paymentIntent.equals(s.get("payment_intent")))
                        && (subscription == null || subscription.equals(s.get("subscription")))
                        && (customer == null || customer.equals(s.get("customer")))
                        && (status == null || status.equals(s.get("status")))
                        && (clientReferenceId == null || clientReferenceId.equals(s.get("client_reference_id"))));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> sessionLineItems(String id, Map<String, Object> query) {
        Map<String, Object> session = account.get(id, "checkout.session", "session");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object item : (List<Object>) session.get("_line_items")) {
            items.add((Map<String, Object>) item);
        }
        return Account.page(items, "item", "/v1/checkout/sessions/" + id + "/line_items", query, x -> true);
    }

    Map<String, Object> expireSession(String id, Req req) {
        Map<String, Object> session = account.get(id, "checkout.session", "session");
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
            Map<String, Object> pi = account.objects.get(piId);
            if (pi != null && !"succeeded".equals(pi.get("status")) && !"canceled".equals(pi.get("status"))) {
                pi.put("status", "canceled");
                pi.put("canceled_at", account.now());
                pi.put("cancellation_reason", "abandoned");
                pi.put("next_action", null);
                account.emit("payment_intent.canceled", pi, null, req);
            }
        }
        account.emit("checkout.session.expired", session, null, req);
    }

    void expireIfDue(String id) {
        Map<String, Object> session = account.objects.get(id);
        if (session != null
                && "open".equals(session.get("status"))
                && (Long) session.get("expires_at") <= account.clock()) {
            expire(session, Req.NONE);
        }
    }

    Map<String, Object> openSession(String id) {
        expireIfDue(id);
        Map<String, Object> session = account.get(id, "checkout.session", "session");
        if (!"open".equals(session.get("status"))) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "checkout_session_not_open",
                    "This Checkout Session is no longer open (status \"" + session.get("status") + "\").",
                    null);
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
            Map<String, Object> charge = payments.succeed(pi, Card.SUCCEEDS, email(session), req);
            complete(session, req);
        } else {
            billing.startSubscription(session, email(session), req);
            complete(session, req);
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
            Map<String, Object> charge = payments.charge(pi, Card.DECLINED, email(session), false);
            payments.fail(
                    pi,
                    charge,
                    obj().with("charge", charge.get("id"))
                            .with("code", "card_declined")
                            .with("decline_code", "generic_decline")
                            .with("doc_url", "https://stripe.com/docs/error-codes/card-declined")
                            .with("message", message)
                            .with(
                                    "payment_method",
                                    obj().with("id", charge.get("payment_method"))
                                            .with("object", "payment_method")
                                            .with("type", "card"))
                            .with("type", "card_error"),
                    req);
            account.emit("charge.failed", charge, null, req);
            account.emit("payment_intent.payment_failed", pi, null, req);
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
        pi.put(
                "next_action",
                obj().with("type", "redirect_to_url")
                        .with(
                                "redirect_to_url",
                                obj().with("return_url", session.get("url"))
                                        .with("url", account.emulator.publicUrl + "/c/pay/" + id + "/authenticate")));
        account.emit("payment_intent.requires_action", pi, null, req);
        return session;
    }

    Map<String, Object> completeAuthentication(String id, Req req) {
        Map<String, Object> session = openSession(id);
        if (!"payment".equals(session.get("mode"))) {
            session.remove("_awaiting_auth");
            billing.startSubscription(session, email(session), req);
            complete(session, req);
            return session;
        }
        Map<String, Object> pi = awaitingAuthentication(session);
        Map<String, Object> charge = payments.succeed(pi, Card.AUTHENTICATION, email(session), req);
        complete(session, req);
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
        payments.fail(
                pi,
                null,
                obj().with("code", "payment_intent_authentication_failure")
                        .with("doc_url", "https://stripe.com/docs/error-codes/payment-intent-authentication-failure")
                        .with(
                                "message",
                                "The provided PaymentMethod has failed authentication. You can provide"
                                        + " payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent"
                                        + " again.")
                        .with(
                                "payment_method",
                                obj().with("id", pi.get("payment_method"))
                                        .with("object", "payment_method")
                                        .with("type", "card"))
                        .with("type", "invalid_request_error"),
                req);
        account.emit("payment_intent.payment_failed", pi, null, req);
        return session;
    }

    boolean awaitingAuthentication(String id) {
        Map<String, Object> session = account.objects.get(id);
        if (session == null) {
            return false;
        }
        if (Boolean.TRUE.equals(session.get("_awaiting_auth"))) {
            return true;
        }
        Map<String, Object> pi = account.objects.get((String) session.get("payment_intent"));
        return pi != null && "requires_action".equals(pi.get("status"));
    }

    private Map<String, Object> awaitingAuthentication(Map<String, Object> session) {
        Map<String, Object> pi = account.objects.get((String) session.get("payment_intent"));
        if (pi == null || !"requires_action".equals(pi.get("status"))) {
            throw ApiError.state("No authentication is pending for this Checkout Session.");
        }
        return pi;
    }

    /** Abandon: the buyer goes back; like Stripe, the session stays open until it expires. */
    Map<String, Object> abandon(String id) {
        return account.get(id, "checkout.session", "session");
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
            Map<String, Object> customer = account.objects.get((String) session.get("customer"));
            email = customer == null ? null : customer.get("email");
        }
        return email == null ? "buyer@example.com" : (String) email;
    }

    private Map<String, Object> paymentIntentFor(Map<String, Object> session, Req req) {
        String existing = (String) session.get("payment_intent");
        if (existing != null) {
            return account.objects.get(existing);
        }
        Map<String, Object> pi = payments.newPaymentIntent(
                (Long) session.get("amount_total"),
                (String) session.get("currency"),
                (String) session.get("customer"),
                (String) session.get("_pi_description"),
                castMap(session.get("_pi_metadata")));
        session.put("payment_intent", pi.get("id"));
        account.emit("payment_intent.created", pi, null, req);
        return pi;
    }

    private void complete(Map<String, Object> session, Req req) {
        session.put("status", "complete");
        session.put("payment_status", "paid");
        session.put("url", null);
        session.put("customer_details", customerDetails(email(session)));
        session.put(
                "collected_information",
                obj().with("business_name", null).with("individual_name", null).with("shipping_details", null));
        session.remove("_last_error");
        account.emit("checkout.session.completed", session, null, req);
    }

    private static Map<String, Object> customerDetails(String email) {
        return obj().with(
                        "address",
                        obj().with("city", null)
                                .with("country", "US")
                                .with("line1", null)
                                .with("line2", null)
                                .with("postal_code", "42424")
                                .with("state", null))
                .with("business_name", null)
                .with("email", email)
                .with("individual_name", null)
                .with("name", null)
                .with("phone", null)
                .with("tax_exempt", "none")
                .with("tax_ids", list());
    }
}
