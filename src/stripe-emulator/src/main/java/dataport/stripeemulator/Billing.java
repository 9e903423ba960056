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
            Map<String, Object> customer = account.store(obj().with("id", Ids.of("cus"))
                    .with("object", "customer")
                    .with("address", null)
                    .with("balance", 0L)
                    .with("created", now)
                    .with("currency", session.get("currency"))
                    .with("default_source", null)
                    .with("delinquent", false)
                    .with("description", null)
                    .with("discount", null)
                    .with("email", email)
                    .with("invoice_prefix", Ids.random(8).toUpperCase(Locale.ROOT))
                    .with(
                            "invoice_settings",
                            obj().with("custom_fields", null)
                                    .with("default_payment_method", null)
                                    .with("footer", null)
                                    .with("rendering_options", null))
                    .with("livemode", false)
                    .with("metadata", obj())
                    .with("name", null)
                    .with("next_invoice_sequence", 2)
                    .with("phone", null)
                    .with("preferred_locales", session.get("locale") == null ? list() : list(session.get("locale")))
                    .with("shipping", null)
                    .with("tax_exempt", "none")
                    .with("test_clock", null));
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
            subItems.add(obj().with("id", Ids.of("si"))
                    .with("object", "subscription_item")
                    .with("billing_thresholds", null)
                    .with("created", now)
                    .with("current_period_end", periodEnd)
                    .with("current_period_start", now)
                    .with("discounts", list())
                    .with("metadata", obj())
                    .with("plan", plan(price))
                    .with("price", price)
                    .with("quantity", item.get("quantity"))
                    .with("subscription", subId)
                    .with("tax_rates", list()));
        }
        Map<String, Object> subscription = account.store(obj().with("id", subId)
                .with("object", "subscription")
                .with("application", null)
                .with("application_fee_percent", null)
                .with(
                        "automatic_tax",
                        obj().with("disabled_reason", null)
                                .with("enabled", false)
                                .with("liability", null))
                .with("billing_cycle_anchor", now)
                .with("billing_cycle_anchor_config", null)
                .with("billing_mode", obj().with("flexible", null).with("type", "classic"))
                .with("billing_schedules", list())
                .with("billing_thresholds", null)
                .with("cancel_at", null)
                .with("cancel_at_period_end", false)
                .with("canceled_at", null)
                .with(
                        "cancellation_details",
                        obj().with("comment", null).with("feedback", null).with("reason", null))
                .with("collection_method", "charge_automatically")
                .with("created", now)
                .with("currency", session.get("currency"))
                .with("customer", customerId)
                .with("customer_account", null)
                .with("days_until_due", null)
                .with("default_payment_method", null)
                .with("default_source", null)
                .with("default_tax_rates", list())
                .with("description", session.get("_sub_description"))
                .with("discounts", list())
                .with("ended_at", null)
                .with(
                        "invoice_settings",
                        obj().with("account_tax_ids", null).with("issuer", obj().with("type", "self")))
                .with(
                        "items",
                        obj().with("object", "list")
                                .with("data", subItems)
                                .with("has_more", false)
                                .with("total_count", subItems.size())
                                .with("url", "/v1/subscription_items?subscription=" + subId))
                .with("latest_invoice", null)
                .with("livemode", false)
                .with("managed_payments", null)
                .with("metadata", new LinkedHashMap<>(castMap(session.get("_sub_metadata"))))
                .with("next_pending_invoice_item_invoice", null)
                .with("on_behalf_of", null)
                .with("pause_collection", null)
                .with(
                        "payment_settings",
                        obj().with("payment_method_options", null)
                                .with("payment_method_types", null)
                                .with("save_default_payment_method", "off"))
                .with("pending_invoice_item_interval", null)
                .with("pending_setup_intent", null)
                .with("pending_update", null)
                .with("schedule", null)
                .with("start_date", now)
                .with("status", "active")
                .with("test_clock", null)
                .with("transfer_data", null)
                .with("trial_end", null)
                .with(
                        "trial_settings",
                        obj().with("end_behavior", obj().with("missing_payment_method", "create_invoice")))
                .with("trial_start", null)
                .with("_email", email));
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
        return obj().with("id", price.get("id"))
                .with("object", "plan")
                .with("active", price.get("active"))
                .with("amount", price.get("unit_amount"))
                .with("amount_decimal", price.get("unit_amount_decimal"))
                .with("billing_scheme", "per_unit")
                .with("created", price.get("created"))
                .with("currency", price.get("currency"))
                .with("interval", recurring.get("interval"))
                .with("interval_count", recurring.get("interval_count"))
                .with("livemode", false)
                .with("metadata", obj())
                .with("meter", null)
                .with("nickname", null)
                .with("product", price.get("product"))
                .with("tiers_mode", null)
                .with("transform_usage", null)
                .with("trial_period_days", null)
                .with("usage_type", "licensed");
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
            lines.add(obj().with("id", Ids.of("il"))
                    .with("object", "line_item")
                    .with("amount", amount)
                    .with("currency", price.get("currency"))
                    .with(
                            "description",
                            quantity + " × " + product.get("name") + " (at "
                                    + Money.format((Long) price.get("unit_amount"), (String) price.get("currency"))
                                    + (recurring == null ? ")" : " / " + recurring.get("interval") + ")"))
                    .with("discount_amounts", list())
                    .with("discountable", true)
                    .with("discounts", list())
                    .with("invoice", id)
                    .with("livemode", false)
                    .with("metadata", obj())
                    .with(
                            "parent",
                            obj().with("invoice_item_details", null)
                                    .with(
                                            "subscription_item_details",
                                            obj().with("invoice_item", null)
                                                    .with("proration", false)
                                                    .with("proration_details", obj().with("credited_items", null))
                                                    .with("subscription", subscription.get("id"))
                                                    .with("subscription_item", subItem))
                                    .with("type", "subscription_item_details"))
                    .with("period", obj().with("end", lineEnd).with("start", lineStart))
                    .with("pretax_credit_amounts", list())
                    .with(
                            "pricing",
                            obj().with(
                                            "price_details",
                                            obj().with("price", price.get("id")).with("product", price.get("product")))
                                    .with("type", "price_details")
                                    .with("unit_amount_decimal", price.get("unit_amount_decimal")))
                    .with("quantity", quantity)
                    .with("subtotal", amount)
                    .with("taxes", list()));
        }
        invoiceNumber++;
        return account.store(obj().with("id", id)
                .with("object", "invoice")
                .with("account_country", "US")
                .with("account_name", "DataPort (Stripe emulator)")
                .with("account_tax_ids", null)
                .with("amount_due", total)
                .with("amount_overpaid", 0L)
                .with("amount_paid", 0L)
                .with("amount_remaining", total)
                .with("amount_shipping", 0L)
                .with("application", null)
                .with("attempt_count", 0)
                .with("attempted", false)
                .with("auto_advance", true)
                .with(
                        "automatic_tax",
                        obj().with("disabled_reason", null)
                                .with("enabled", false)
                                .with("liability", null)
                                .with("provider", null)
                                .with("status", null))
                .with("automatically_finalizes_at", null)
                .with("billing_reason", reason)
                .with("collection_method", "charge_automatically")
                .with("confirmation_secret", null)
                .with("created", now)
                .with("currency", subscription.get("currency"))
                .with("custom_fields", null)
                .with("customer", subscription.get("customer"))
                .with("customer_account", null)
                .with("customer_address", null)
                .with("customer_email", subscription.get("_email"))
                .with("customer_name", null)
                .with("customer_phone", null)
                .with("customer_shipping", null)
                .with("customer_tax_exempt", "none")
                .with("customer_tax_ids", list())
                .with("default_payment_method", null)
                .with("default_source", null)
                .with("default_tax_rates", list())
                .with("description", null)
                .with("discounts", list())
                .with("due_date", null)
                .with("effective_at", null)
                .with("ending_balance", null)
                .with("footer", null)
                .with("from_invoice", null)
                .with("hosted_invoice_url", account.emulator.publicUrl + "/invoices/" + id)
                .with("invoice_pdf", null)
                .with("issuer", obj().with("type", "self"))
                .with("last_finalization_error", null)
                .with("latest_revision", null)
                .with(
                        "lines",
                        obj().with("object", "list")
                                .with("data", lines)
                                .with("has_more", false)
                                .with("total_count", lines.size())
                                .with("url", "/v1/invoices/" + id + "/lines"))
                .with("livemode", false)
                .with("metadata", obj())
                .with("next_payment_attempt", null)
                .with("number", String.format(Locale.ROOT, "EMU%05d", invoiceNumber))
                .with("on_behalf_of", null)
                .with(
                        "parent",
                        obj().with("quote_details", null)
                                .with(
                                        "subscription_details",
                                        obj().with(
                                                        "metadata",
                                                        new LinkedHashMap<>(castMap(subscription.get("metadata"))))
                                                .with("subscription", subscription.get("id")))
                                .with("type", "subscription_details"))
                .with(
                        "payment_settings",
                        obj().with("default_mandate", null)
                                .with("payment_method_options", null)
                                .with("payment_method_types", null))
                .with("period_end", periodEnd)
                .with("period_start", periodStart)
                .with("post_payment_credit_notes_amount", 0L)
                .with("pre_payment_credit_notes_amount", 0L)
                .with("receipt_number", null)
                .with("rendering", null)
                .with("shipping_cost", null)
                .with("shipping_details", null)
                .with("starting_balance", 0L)
                .with("statement_descriptor", null)
                .with("status", "draft")
                .with(
                        "status_transitions",
                        obj().with("finalized_at", null)
                                .with("marked_uncollectible_at", null)
                                .with("paid_at", null)
                                .with("voided_at", null))
                .with("subtotal", total)
                .with("subtotal_excluding_tax", total)
                .with("test_clock", null)
                .with("total", total)
                .with("total_discount_amounts", list())
                .with("total_excluding_tax", total)
                .with("total_pretax_credit_amounts", list())
                .with("total_taxes", list())
                .with("webhooks_delivered_at", null)
                .with("_payments", list()));
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
        return obj().with("id", Ids.of("inpay"))
                .with("object", "invoice_payment")
                .with("amount_paid", "paid".equals(status) ? pi.get("amount") : null)
                .with("amount_requested", pi.get("amount"))
                .with("created", now)
                .with("currency", pi.get("currency"))
                .with("invoice", invoice.get("id"))
                .with("is_default", true)
                .with("livemode", false)
                .with("payment", obj().with("payment_intent", pi.get("id")).with("type", "payment_intent"))
                .with("status", status)
                .with(
                        "status_transitions",
                        obj().with("canceled_at", null).with("paid_at", "paid".equals(status) ? now : null));
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
                    obj().with("comment", null)
                            .with("feedback", null)
                            .with("reason", cancelAtPeriodEnd ? "cancellation_requested" : null));
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
        sub.put(
                "cancellation_details",
                obj().with("comment", null).with("feedback", null).with("reason", reason));
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
        Map<String, Object> previousItems = obj().with("items", new Json.Raw(Json.write(sub.get("items"))));
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
                    obj().with("charge", charge.get("id"))
                            .with("code", "card_declined")
                            .with("decline_code", "insufficient_funds")
                            .with("doc_url", "https://stripe.com/docs/error-codes/card-declined")
                            .with("message", "Your card has insufficient funds.")
                            .with("type", "card_error"),
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
                account.emit("customer.subscription.updated", sub, obj().with("status", previousStatus), Req.NONE);
            }
            end(sub, oldEnd, "payment_failed", Req.NONE);
        }
        return sub;
    }
}
