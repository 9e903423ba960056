package dataport.stripeemulator;

import static dataport.stripeemulator.Account.castMap;
import static dataport.stripeemulator.Json.list;
import static dataport.stripeemulator.Json.obj;

import dataport.stripeemulator.Account.Req;
import dataport.stripeemulator.Payments.Card;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Customers, subscriptions and their invoices, with the control API's renewals. */
final class Billing {

    private final Account account;
    private final Payments payments;
    private int invoiceNumber;

    Billing(Account account) {
        this.account = account;
        this.payments = account.payments;
    }

    // ------------------------------------------------------------------ subscriptions and invoices

    @SuppressWarnings("unchecked")
    /** Subscription-mode checkout paid: customer, subscription, first invoice paid. The caller completes the session. */
    void startSubscription(Map<String, Object> session, String email, Req req) {
        long now = account.now();
        String customerId = (String) session.get("customer");
        if (customerId == null) {
            Map<String, Object> customer = account.store(obj(
                    "id",
                    Ids.of("cus"),
                    "object",
                    "customer",
                    "address",
                    null,
                    "balance",
                    0L,
                    "created",
                    now,
                    "currency",
                    session.get("currency"),
                    "default_source",
                    null,
                    "delinquent",
                    false,
                    "description",
                    null,
                    "discount",
                    null,
                    "email",
                    email,
                    "invoice_prefix",
                    Ids.random(8).toUpperCase(Locale.ROOT),
                    "invoice_settings",
                    obj(
                            "custom_fields",
                            null,
                            "default_payment_method",
                            null,
                            "footer",
                            null,
                            "rendering_options",
                            null),
                    "livemode",
                    false,
                    "metadata",
                    obj(),
                    "name",
                    null,
                    "next_invoice_sequence",
                    2,
                    "phone",
                    null,
                    "preferred_locales",
                    session.get("locale") == null ? list() : list(session.get("locale")),
                    "shipping",
                    null,
                    "tax_exempt",
                    "none",
                    "test_clock",
                    null));
            customerId = (String) customer.get("id");
            session.put("customer", customerId);
            account.emit("customer.created", customer, null, req);
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
                    "id",
                    Ids.of("si"),
                    "object",
                    "subscription_item",
                    "billing_thresholds",
                    null,
                    "created",
                    now,
                    "current_period_end",
                    periodEnd,
                    "current_period_start",
                    now,
                    "discounts",
                    list(),
                    "metadata",
                    obj(),
                    "plan",
                    plan(price),
                    "price",
                    price,
                    "quantity",
                    item.get("quantity"),
                    "subscription",
                    subId,
                    "tax_rates",
                    list()));
        }
        Map<String, Object> subscription = account.store(obj(
                "id",
                subId,
                "object",
                "subscription",
                "application",
                null,
                "application_fee_percent",
                null,
                "automatic_tax",
                obj("disabled_reason", null, "enabled", false, "liability", null),
                "billing_cycle_anchor",
                now,
                "billing_cycle_anchor_config",
                null,
                "billing_mode",
                obj("flexible", null, "type", "classic"),
                "billing_schedules",
                list(),
                "billing_thresholds",
                null,
                "cancel_at",
                null,
                "cancel_at_period_end",
                false,
                "canceled_at",
                null,
                "cancellation_details",
                obj("comment", null, "feedback", null, "reason", null),
                "collection_method",
                "charge_automatically",
                "created",
                now,
                "currency",
                session.get("currency"),
                "customer",
                customerId,
                "customer_account",
                null,
                "days_until_due",
                null,
                "default_payment_method",
                null,
                "default_source",
                null,
                "default_tax_rates",
                list(),
                "description",
                session.get("_sub_description"),
                "discounts",
                list(),
                "ended_at",
                null,
                "invoice_settings",
                obj("account_tax_ids", null, "issuer", obj("type", "self")),
                "items",
                obj(
                        "object",
                        "list",
                        "data",
                        subItems,
                        "has_more",
                        false,
                        "total_count",
                        subItems.size(),
                        "url",
                        "/v1/subscription_items?subscription=" + subId),
                "latest_invoice",
                null,
                "livemode",
                false,
                "managed_payments",
                null,
                "metadata",
                new LinkedHashMap<>(castMap(session.get("_sub_metadata"))),
                "next_pending_invoice_item_invoice",
                null,
                "on_behalf_of",
                null,
                "pause_collection",
                null,
                "payment_settings",
                obj("payment_method_options", null, "payment_method_types", null, "save_default_payment_method", "off"),
                "pending_invoice_item_interval",
                null,
                "pending_setup_intent",
                null,
                "pending_update",
                null,
                "schedule",
                null,
                "start_date",
                now,
                "status",
                "active",
                "test_clock",
                null,
                "transfer_data",
                null,
                "trial_end",
                null,
                "trial_settings",
                obj("end_behavior", obj("missing_payment_method", "create_invoice")),
                "trial_start",
                null,
                "_email",
                email));
        Map<String, Object> invoice =
                invoice(subscription, (List<Object>) session.get("_line_items"), "subscription_create", now, now);
        account.emit("invoice.created", invoice, null, req);
        Map<String, Object> pi = payments.newPaymentIntent(
                (Long) invoice.get("amount_due"),
                (String) invoice.get("currency"),
                customerId,
                "Subscription creation",
                obj());
        account.emit("payment_intent.created", pi, null, req);
        subscription.put("default_payment_method", Ids.of("pm"));
        pi.put("payment_method", subscription.get("default_payment_method"));
        subscription.put("latest_invoice", invoice.get("id"));
        account.emit("customer.subscription.created", subscription, null, req);
        finalizeInvoice(invoice, req);
        payments.succeed(pi, Card.SUCCEEDS, email, req);
        paid(invoice, pi, req);

        session.put("subscription", subId);
        session.put("invoice", invoice.get("id"));
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
        long now = account.now();
        List<Object> lines = new ArrayList<>();
        long total = 0;
        for (Object o : items) {
            Map<String, Object> item = (Map<String, Object>) o;
            Map<String, Object> price = (Map<String, Object>) item.get("price");
            long quantity = (Long) item.get("quantity");
            long amount = (Long) price.get("unit_amount") * quantity;
            total += amount;
            Map<String, Object> product = account.objects.get((String) price.get("product"));
            Map<String, Object> recurring = castMap(price.get("recurring"));
            String subItem = "subscription_item".equals(item.get("object"))
                    ? (String) item.get("id")
                    : subscriptionItemFor(subscription, (String) price.get("id"));
            long lineStart = recurring == null ? now : periodStart;
            long lineEnd = recurring == null
                    ? now
                    : advance(periodStart, (String) recurring.get("interval"), (Long) recurring.get("interval_count"));
            lines.add(obj(
                    "id", Ids.of("il"),
                    "object", "line_item",
                    "amount", amount,
                    "currency", price.get("currency"),
                    "description",
                            quantity + " × " + product.get("name") + " (at "
                                    + Money.format((Long) price.get("unit_amount"), (String) price.get("currency"))
                                    + (recurring == null ? ")" : " / " + recurring.get("interval") + ")"),
                    "discount_amounts", list(),
                    "discountable", true,
                    "discounts", list(),
                    "invoice", id,
                    "livemode", false,
                    "metadata", obj(),
                    "parent",
                            obj(
                                    "invoice_item_details",
                                    null,
                                    "subscription_item_details",
                                    obj(
                                            "invoice_item",
                                            null,
                                            "proration",
                                            false,
                                            "proration_details",
                                            obj("credited_items", null),
                                            "subscription",
                                            subscription.get("id"),
                                            "subscription_item",
                                            subItem),
                                    "type",
                                    "subscription_item_details"),
                    "period", obj("end", lineEnd, "start", lineStart),
                    "pretax_credit_amounts", list(),
                    "pricing",
                            obj(
                                    "price_details",
                                    obj("price", price.get("id"), "product", price.get("product")),
                                    "type",
                                    "price_details",
                                    "unit_amount_decimal",
                                    price.get("unit_amount_decimal")),
                    "quantity", quantity,
                    "subtotal", amount,
                    "taxes", list()));
        }
        invoiceNumber++;
        return account.store(obj(
                "id",
                id,
                "object",
                "invoice",
                "account_country",
                "US",
                "account_name",
                "DataPort (Stripe emulator)",
                "account_tax_ids",
                null,
                "amount_due",
                total,
                "amount_overpaid",
                0L,
                "amount_paid",
                0L,
                "amount_remaining",
                total,
                "amount_shipping",
                0L,
                "application",
                null,
                "attempt_count",
                0,
                "attempted",
                false,
                "auto_advance",
                true,
                "automatic_tax",
                obj("disabled_reason", null, "enabled", false, "liability", null, "provider", null, "status", null),
                "automatically_finalizes_at",
                null,
                "billing_reason",
                reason,
                "collection_method",
                "charge_automatically",
                "confirmation_secret",
                null,
                "created",
                now,
                "currency",
                subscription.get("currency"),
                "custom_fields",
                null,
                "customer",
                subscription.get("customer"),
                "customer_account",
                null,
                "customer_address",
                null,
                "customer_email",
                subscription.get("_email"),
                "customer_name",
                null,
                "customer_phone",
                null,
                "customer_shipping",
                null,
                "customer_tax_exempt",
                "none",
                "customer_tax_ids",
                list(),
                "default_payment_method",
                null,
                "default_source",
                null,
                "default_tax_rates",
                list(),
                "description",
                null,
                "discounts",
                list(),
                "due_date",
                null,
                "effective_at",
                null,
                "ending_balance",
                null,
                "footer",
                null,
                "from_invoice",
                null,
                "hosted_invoice_url",
                account.emulator.publicUrl + "/invoices/" + id,
                "invoice_pdf",
                null,
                "issuer",
                obj("type", "self"),
                "last_finalization_error",
                null,
                "latest_revision",
                null,
                "lines",
                obj(
                        "object",
                        "list",
                        "data",
                        lines,
                        "has_more",
                        false,
                        "total_count",
                        lines.size(),
                        "url",
                        "/v1/invoices/" + id + "/lines"),
                "livemode",
                false,
                "metadata",
                obj(),
                "next_payment_attempt",
                null,
                "number",
                String.format(Locale.ROOT, "EMU%05d", invoiceNumber),
                "on_behalf_of",
                null,
                "parent",
                obj(
                        "quote_details",
                        null,
                        "subscription_details",
                        obj(
                                "metadata",
                                new LinkedHashMap<>(castMap(subscription.get("metadata"))),
                                "subscription",
                                subscription.get("id")),
                        "type",
                        "subscription_details"),
                "payment_settings",
                obj("default_mandate", null, "payment_method_options", null, "payment_method_types", null),
                "period_end",
                periodEnd,
                "period_start",
                periodStart,
                "post_payment_credit_notes_amount",
                0L,
                "pre_payment_credit_notes_amount",
                0L,
                "receipt_number",
                null,
                "rendering",
                null,
                "shipping_cost",
                null,
                "shipping_details",
                null,
                "starting_balance",
                0L,
                "statement_descriptor",
                null,
                "status",
                "draft",
                "status_transitions",
                obj("finalized_at", null, "marked_uncollectible_at", null, "paid_at", null, "voided_at", null),
                "subtotal",
                total,
                "subtotal_excluding_tax",
                total,
                "test_clock",
                null,
                "total",
                total,
                "total_discount_amounts",
                list(),
                "total_excluding_tax",
                total,
                "total_pretax_credit_amounts",
                list(),
                "total_taxes",
                list(),
                "webhooks_delivered_at",
                null,
                "_payments",
                list()));
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
        long now = account.now();
        invoice.put("status", "open");
        invoice.put("effective_at", now);
        invoice.put("ending_balance", 0L);
        invoice.put("webhooks_delivered_at", now);
        castMap(invoice.get("status_transitions")).put("finalized_at", now);
        account.emit("invoice.finalized", invoice, null, req);
    }

    @SuppressWarnings("unchecked")
    private void paid(Map<String, Object> invoice, Map<String, Object> pi, Req req) {
        long now = account.now();
        invoice.put("status", "paid");
        invoice.put("amount_paid", invoice.get("amount_due"));
        invoice.put("amount_remaining", 0L);
        invoice.put("attempt_count", ((Integer) invoice.get("attempt_count")) + 1);
        invoice.put("attempted", true);
        invoice.put("auto_advance", false);
        castMap(invoice.get("status_transitions")).put("paid_at", now);
        ((List<Object>) invoice.get("_payments")).add(invoicePayment(invoice, pi, "paid"));
        account.emit("invoice.paid", invoice, null, req);
        account.emit("invoice.payment_succeeded", invoice, null, req);
    }

    private Map<String, Object> invoicePayment(Map<String, Object> invoice, Map<String, Object> pi, String status) {
        long now = account.now();
        return obj(
                "id",
                Ids.of("inpay"),
                "object",
                "invoice_payment",
                "amount_paid",
                "paid".equals(status) ? pi.get("amount") : null,
                "amount_requested",
                pi.get("amount"),
                "created",
                now,
                "currency",
                pi.get("currency"),
                "invoice",
                invoice.get("id"),
                "is_default",
                true,
                "livemode",
                false,
                "payment",
                obj("payment_intent", pi.get("id"), "type", "payment_intent"),
                "status",
                status,
                "status_transitions",
                obj("canceled_at", null, "paid_at", "paid".equals(status) ? now : null));
    }

    Map<String, Object> updateSubscription(String id, Map<String, Object> params, Req req) {
        Form.allowOnly(params, "", "cancel_at_period_end", "metadata", "description", "expand");
        Map<String, Object> sub = account.get(id, "subscription", "id");
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
            sub.put("canceled_at", cancelAtPeriodEnd ? account.now() : null);
            sub.put(
                    "cancellation_details",
                    obj(
                            "comment",
                            null,
                            "feedback",
                            null,
                            "reason",
                            cancelAtPeriodEnd ? "cancellation_requested" : null));
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
            account.emit("customer.subscription.updated", sub, previous, req);
        }
        return sub;
    }

    Map<String, Object> cancelSubscription(String id, Req req) {
        Map<String, Object> sub = account.get(id, "subscription", "id");
        if ("canceled".equals(sub.get("status"))) {
            throw new ApiError(
                    404, "invalid_request_error", "resource_missing", "No such subscription: '" + id + "'", "id");
        }
        end(sub, account.now(), "cancellation_requested", req);
        return sub;
    }

    private void end(Map<String, Object> sub, long at, String reason, Req req) {
        long now = account.now();
        sub.put("status", "canceled");
        sub.put("canceled_at", sub.get("canceled_at") == null ? now : sub.get("canceled_at"));
        sub.put("ended_at", at);
        sub.put("cancellation_details", obj("comment", null, "feedback", null, "reason", reason));
        account.emit("customer.subscription.deleted", sub, null, req);
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
        Map<String, Object> sub = account.get(id, "subscription", "id");
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
        account.emit("invoice.created", invoice, null, Req.NONE);
        finalizeInvoice(invoice, Req.NONE);
        Map<String, Object> pi = payments.newPaymentIntent(
                (Long) invoice.get("amount_due"),
                (String) invoice.get("currency"),
                (String) sub.get("customer"),
                "Subscription update",
                obj());
        pi.put("payment_method", sub.get("default_payment_method"));
        account.emit("payment_intent.created", pi, null, Req.NONE);
        sub.put("latest_invoice", invoice.get("id"));
        if (outcome.equals("paid")) {
            for (Object o : items) {
                Map<String, Object> item = (Map<String, Object>) o;
                Map<String, Object> recurring =
                        castMap(castMap(item.get("price")).get("recurring"));
                item.put("current_period_start", oldEnd);
                item.put("current_period_end", advance(oldEnd, (String) recurring.get("interval"), (Long)
                        recurring.get("interval_count")));
            }
            String previousStatus = (String) sub.get("status");
            sub.put("status", "active");
            payments.succeed(pi, Card.SUCCEEDS, (String) sub.get("_email"), Req.NONE);
            paid(invoice, pi, Req.NONE);
            if (!"active".equals(previousStatus)) {
                previousItems.put("status", previousStatus);
            }
            account.emit("customer.subscription.updated", sub, previousItems, Req.NONE);
        } else {
            Map<String, Object> charge = payments.charge(pi, Card.DECLINED, (String) sub.get("_email"), false);
            payments.fail(
                    pi,
                    charge,
                    obj(
                            "charge",
                            charge.get("id"),
                            "code",
                            "card_declined",
                            "decline_code",
                            "insufficient_funds",
                            "doc_url",
                            "https://stripe.com/docs/error-codes/card-declined",
                            "message",
                            "Your card has insufficient funds.",
                            "type",
                            "card_error"),
                    Req.NONE);
            account.emit("charge.failed", charge, null, Req.NONE);
            account.emit("payment_intent.payment_failed", pi, null, Req.NONE);
            invoice.put("attempt_count", 1);
            invoice.put("attempted", true);
            ((List<Object>) invoice.get("_payments")).add(invoicePayment(invoice, pi, "open"));
            account.emit("invoice.payment_failed", invoice, null, Req.NONE);
            String previousStatus = (String) sub.get("status");
            if (!"past_due".equals(previousStatus)) {
                sub.put("status", "past_due");
                account.emit("customer.subscription.updated", sub, obj("status", previousStatus), Req.NONE);
            }
            end(sub, oldEnd, "payment_failed", Req.NONE);
        }
        return sub;
    }
}
