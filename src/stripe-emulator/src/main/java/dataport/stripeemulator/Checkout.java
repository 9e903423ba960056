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
            items.add(obj(
                    "id",
                    Ids.of("li"),
                    "object",
                    "item",
                    "amount_discount",
                    0L,
                    "amount_subtotal",
                    amount,
                    "amount_tax",
                    0L,
                    "amount_total",
                    amount,
                    "currency",
                    currency,
                    "description",
                    product.get("name"),
                    "price",
                    price,
                    "quantity",
                    quantity));
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
        Map<String, Object> session = account.store(obj(
                "id",
                id,
                "object",
                "checkout.session",
                "adaptive_pricing",
                obj("enabled", false),
                "after_expiration",
                null,
                "allow_promotion_codes",
                null,
                "amount_subtotal",
                total,
                "amount_total",
                total,
                "automatic_tax",
                obj("enabled", false, "liability", null, "provider", null, "status", null),
                "billing_address_collection",
                null,
                "cancel_url",
                cancelUrl,
                "client_reference_id",
                clientReferenceId,
                "client_secret",
                null,
                "collected_information",
                null,
                "consent",
                null,
                "consent_collection",
                null,
                "created",
                created,
                "currency",
                currency,
                "currency_conversion",
                null,
                "custom_fields",
                list(),
                "custom_text",
                obj(
                        "after_submit",
                        null,
                        "shipping_address",
                        null,
                        "submit",
                        null,
                        "terms_of_service_acceptance",
                        null),
                "customer",
                customerId,
                "customer_account",
                null,
                "customer_creation",
                customerId != null ? null : mode.equals("payment") ? "if_required" : "always",
                "customer_details",
                null,
                "customer_email",
                customerEmail,
                "discounts",
                list(),
                "expires_at",
                expiresAt,
                "integration_identifier",
                null,
                "invoice",
                null,
                "invoice_creation",
                mode.equals("payment")
                        ? obj(
                                "enabled",
                                false,
                                "invoice_data",
                                obj(
                                        "account_tax_ids",
                                        null,
                                        "custom_fields",
                                        null,
                                        "description",
                                        null,
                                        "footer",
                                        null,
                                        "issuer",
                                        null,
                                        "metadata",
                                        obj(),
                                        "rendering_options",
                                        null))
                        : null,
                "livemode",
                false,
                "locale",
                locale,
                "managed_payments",
                null,
                "metadata",
                Form.metadata(params, "metadata", null),
                "mode",
                mode,
                "origin_context",
                null,
                "payment_intent",
                null,
                "payment_link",
                null,
                "payment_method_collection",
                mode.equals("subscription") ? "always" : null,
                "payment_method_configuration_details",
                null,
                "payment_method_options",
                obj("card", obj("request_three_d_secure", "automatic")),
                "payment_method_types",
                list("card"),
                "payment_status",
                "unpaid",
                "permissions",
                null,
                "phone_number_collection",
                obj("enabled", false),
                "recovered_from",
                null,
                "saved_payment_method_options",
                null,
                "setup_intent",
                null,
                "shipping_address_collection",
                null,
                "shipping_cost",
                null,
                "shipping_options",
                list(),
                "status",
                "open",
                "submit_type",
                null,
                "subscription",
                null,
                "success_url",
                successUrl,
                "total_details",
                obj("amount_discount", 0L, "amount_shipping", 0L, "amount_tax", 0L),
                "ui_mode",
                "hosted",
                "url",
                account.emulator.publicUrl + "/c/pay/" + id,
                "wallet_options",
                null,
                "_line_items",
                items,
                "_pi_metadata",
                Form.metadata(piData, "payment_intent_data[metadata]", null),
                "_pi_description",
                Form.string(piData, "description", "payment_intent_data[description]"),
                "_sub_metadata",
                Form.metadata(subData, "subscription_data[metadata]", null),
                "_sub_description",
                Form.string(subData, "description", "subscription_data[description]"),
                "_interval",
                interval,
                "_interval_count",
                intervalCount));
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
        Map<String, Object> product = account.store(obj(
                "id",
                Ids.of("prod"),
                "object",
                "product",
                "active",
                false,
                "created",
                created,
                "default_price",
                null,
                "description",
                Form.string(productData, "description", p + "[product_data][description]"),
                "images",
                list(),
                "livemode",
                false,
                "marketing_features",
                list(),
                "metadata",
                Form.metadata(productData, p + "[product_data][metadata]", null),
                "name",
                name,
                "package_dimensions",
                null,
                "shippable",
                null,
                "statement_descriptor",
                null,
                "tax_code",
                null,
                "type",
                "service",
                "unit_label",
                null,
                "updated",
                created,
                "url",
                null));
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
            recurring = obj(
                    "interval",
                    interval,
                    "interval_count",
                    count == null ? 1L : count,
                    "meter",
                    null,
                    "trial_period_days",
                    null,
                    "usage_type",
                    "licensed");
        }
        return account.store(obj(
                "id",
                Ids.of("price"),
                "object",
                "price",
                "active",
                false,
                "billing_scheme",
                "per_unit",
                "created",
                created,
                "currency",
                currency,
                "custom_unit_amount",
                null,
                "livemode",
                false,
                "lookup_key",
                null,
                "metadata",
                obj(),
                "nickname",
                null,
                "product",
                product.get("id"),
                "recurring",
                recurring,
                "tax_behavior",
                "unspecified",
                "tiers_mode",
                null,
                "transform_quantity",
                null,
                "type",
                recurring == null ? "one_time" : "recurring",
                "unit_amount",
                unitAmount,
                "unit_amount_decimal",
                String.valueOf(unitAmount)));
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
                    obj(
                            "charge", charge.get("id"),
                            "code", "card_declined",
                            "decline_code", "generic_decline",
                            "doc_url", "https://stripe.com/docs/error-codes/card-declined",
                            "message", message,
                            "payment_method",
                                    obj("id", charge.get("payment_method"), "object", "payment_method", "type", "card"),
                            "type", "card_error"),
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
                obj(
                        "type",
                        "redirect_to_url",
                        "redirect_to_url",
                        obj(
                                "return_url",
                                session.get("url"),
                                "url",
                                account.emulator.publicUrl + "/c/pay/" + id + "/authenticate")));
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
                obj(
                        "code", "payment_intent_authentication_failure",
                        "doc_url", "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
                        "message",
                                "The provided PaymentMethod has failed authentication. You can provide"
                                        + " payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent"
                                        + " again.",
                        "payment_method",
                                obj("id", pi.get("payment_method"), "object", "payment_method", "type", "card"),
                        "type", "invalid_request_error"),
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
                "collected_information", obj("business_name", null, "individual_name", null, "shipping_details", null));
        session.remove("_last_error");
        account.emit("checkout.session.completed", session, null, req);
    }

    private static Map<String, Object> customerDetails(String email) {
        return obj(
                "address",
                obj("city", null, "country", "US", "line1", null, "line2", null, "postal_code", "42424", "state", null),
                "business_name",
                null,
                "email",
                email,
                "individual_name",
                null,
                "name",
                null,
                "phone",
                null,
                "tax_exempt",
                "none",
                "tax_ids",
                list());
    }
}
