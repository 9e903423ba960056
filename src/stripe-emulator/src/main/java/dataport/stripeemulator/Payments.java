package dataport.stripeemulator;

import static dataport.stripeemulator.Account.castMap;
import static dataport.stripeemulator.Json.list;
import static dataport.stripeemulator.Json.obj;

import dataport.stripeemulator.Account.Req;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** PaymentIntents and their charges, for checkout and for subscription invoices alike. */
final class Payments {

    private final Account account;

    Payments(Account account) {
        this.account = account;
    }

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

    Map<String, Object> newPaymentIntent(
            long amount, String currency, String customer, String description, Map<String, Object> metadata) {
        String id = Ids.of("pi");
        return account.store(obj(
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
                "created", account.now(),
                "currency", currency,
                "customer", customer,
                "customer_account", null,
                "description", description,
                "excluded_payment_method_types", null,
                "last_payment_error", null,
                "latest_charge", null,
                "livemode", false,
                "managed_payments", null,
                "metadata", metadata == null ? obj() : new LinkedHashMap<>(metadata),
                "next_action", null,
                "on_behalf_of", null,
                "payment_method", null,
                "payment_method_configuration_details", null,
                "payment_method_options",
                        obj(
                                "card",
                                obj(
                                        "installments",
                                        null,
                                        "mandate_options",
                                        null,
                                        "network",
                                        null,
                                        "request_three_d_secure",
                                        "automatic")),
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

    Map<String, Object> charge(Map<String, Object> pi, Card card, String email, boolean succeeded) {
        long amount = (Long) pi.get("amount");
        long created = account.now();
        String pm = pi.get("payment_method") != null ? (String) pi.get("payment_method") : Ids.of("pm");
        Map<String, Object> outcome = succeeded
                ? obj(
                        "advice_code",
                        null,
                        "network_advice_code",
                        null,
                        "network_decline_code",
                        null,
                        "network_status",
                        "approved_by_network",
                        "reason",
                        null,
                        "risk_level",
                        "normal",
                        "risk_score",
                        20,
                        "seller_message",
                        "Payment complete.",
                        "type",
                        "authorized")
                : obj(
                        "advice_code",
                        "try_again_later",
                        "network_advice_code",
                        null,
                        "network_decline_code",
                        null,
                        "network_status",
                        "declined_by_network",
                        "reason",
                        "generic_decline",
                        "risk_level",
                        "normal",
                        "risk_score",
                        20,
                        "seller_message",
                        "The bank did not return any further details with this decline.",
                        "type",
                        "issuer_declined");
        String id = Ids.of("ch");
        return account.store(obj(
                "id",
                id,
                "object",
                "charge",
                "amount",
                amount,
                "amount_captured",
                succeeded ? amount : 0L,
                "amount_refunded",
                0L,
                "application",
                null,
                "application_fee",
                null,
                "application_fee_amount",
                null,
                "balance_transaction",
                succeeded ? Ids.of("txn") : null,
                "billing_details",
                obj(
                        "address",
                        obj(
                                "city",
                                null,
                                "country",
                                null,
                                "line1",
                                null,
                                "line2",
                                null,
                                "postal_code",
                                null,
                                "state",
                                null),
                        "email",
                        email,
                        "name",
                        null,
                        "phone",
                        null,
                        "tax_id",
                        null),
                "calculated_statement_descriptor",
                "DATAPORT",
                "captured",
                succeeded,
                "created",
                created,
                "currency",
                pi.get("currency"),
                "customer",
                pi.get("customer"),
                "description",
                pi.get("description"),
                "disputed",
                false,
                "failure_balance_transaction",
                null,
                "failure_code",
                succeeded ? null : "card_declined",
                "failure_message",
                succeeded ? null : "Your card was declined.",
                "fraud_details",
                obj(),
                "livemode",
                false,
                "metadata",
                new LinkedHashMap<>(castMap(pi.get("metadata"))),
                "on_behalf_of",
                null,
                "outcome",
                outcome,
                "paid",
                succeeded,
                "payment_intent",
                pi.get("id"),
                "payment_method",
                pm,
                "payment_method_details",
                obj(
                        "card",
                        obj(
                                "amount_authorized",
                                succeeded ? amount : null,
                                "authorization_code",
                                succeeded ? String.valueOf(100000 + Math.abs(id.hashCode() % 900000)) : null,
                                "brand",
                                "visa",
                                "checks",
                                obj(
                                        "address_line1_check",
                                        null,
                                        "address_postal_code_check",
                                        null,
                                        "cvc_check",
                                        "pass"),
                                "country",
                                "US",
                                "exp_month",
                                12,
                                "exp_year",
                                ZonedDateTime.now(ZoneOffset.UTC).getYear() + 8,
                                "extended_authorization",
                                obj("status", "disabled"),
                                "fingerprint",
                                "dpEmu" + card.last4 + "Fp",
                                "funding",
                                "credit",
                                "incremental_authorization",
                                obj("status", "unavailable"),
                                "installments",
                                null,
                                "last4",
                                card.last4,
                                "mandate",
                                null,
                                "multicapture",
                                obj("status", "unavailable"),
                                "network",
                                "visa",
                                "network_token",
                                obj("used", false),
                                "network_transaction_id",
                                succeeded ? Ids.random(15) : null,
                                "overcapture",
                                obj("maximum_amount_capturable", amount, "status", "unavailable"),
                                "regulated_status",
                                "unregulated",
                                "three_d_secure",
                                card == Card.AUTHENTICATION
                                        ? obj(
                                                "authentication_flow",
                                                "challenge",
                                                "electronic_commerce_indicator",
                                                "05",
                                                "exemption_indicator",
                                                null,
                                                "result",
                                                "authenticated",
                                                "result_reason",
                                                null,
                                                "transaction_id",
                                                Ids.random(20),
                                                "version",
                                                "2.2.0")
                                        : null,
                                "wallet",
                                null),
                        "type",
                        "card"),
                "radar_options",
                obj(),
                "receipt_email",
                null,
                "receipt_number",
                null,
                "receipt_url",
                succeeded ? account.emulator.publicUrl + "/receipts/" + id : null,
                "refunded",
                false,
                "refunds",
                obj(
                        "object",
                        "list",
                        "data",
                        list(),
                        "has_more",
                        false,
                        "total_count",
                        0,
                        "url",
                        "/v1/charges/" + id + "/refunds"),
                "review",
                null,
                "shipping",
                null,
                "source",
                null,
                "source_transfer",
                null,
                "statement_descriptor",
                null,
                "statement_descriptor_suffix",
                null,
                "status",
                succeeded ? "succeeded" : "failed",
                "transfer_data",
                null,
                "transfer_group",
                null));
    }

    Map<String, Object> succeed(Map<String, Object> pi, Card card, String email, Req req) {
        Map<String, Object> charge = charge(pi, card, email, true);
        pi.put("status", "succeeded");
        pi.put("amount_received", pi.get("amount"));
        pi.put("latest_charge", charge.get("id"));
        pi.put("payment_method", charge.get("payment_method"));
        pi.put("last_payment_error", null);
        pi.put("next_action", null);
        account.emit("charge.succeeded", charge, null, req);
        account.emit("payment_intent.succeeded", pi, null, req);
        return charge;
    }

    void fail(Map<String, Object> pi, Map<String, Object> charge, Map<String, Object> error, Req req) {
        pi.put("status", "requires_payment_method");
        pi.put("next_action", null);
        pi.put("payment_method", null);
        pi.put("last_payment_error", error);
        if (charge != null) {
            pi.put("latest_charge", charge.get("id"));
        }
    }
}
