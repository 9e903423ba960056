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
        return account.store(obj().with("id", id)
                .with("object", "payment_intent")
                .with("amount", amount)
                .with("amount_capturable", 0L)
                .with("amount_details", obj().with("tip", obj()))
                .with("amount_received", 0L)
                .with("application", null)
                .with("application_fee_amount", null)
                .with("automatic_payment_methods", null)
                .with("canceled_at", null)
                .with("cancellation_reason", null)
                .with("capture_method", "automatic")
                .with("client_secret", id + "_secret_" + Ids.random(25))
                .with("confirmation_method", "automatic")
                .with("created", account.now())
                .with("currency", currency)
                .with("customer", customer)
                .with("customer_account", null)
                .with("description", description)
                .with("excluded_payment_method_types", null)
                .with("last_payment_error", null)
                .with("latest_charge", null)
                .with("livemode", false)
                .with("managed_payments", null)
                .with("metadata", metadata == null ? obj() : new LinkedHashMap<>(metadata))
                .with("next_action", null)
                .with("on_behalf_of", null)
                .with("payment_method", null)
                .with("payment_method_configuration_details", null)
                .with(
                        "payment_method_options",
                        obj().with(
                                        "card",
                                        obj().with("installments", null)
                                                .with("mandate_options", null)
                                                .with("network", null)
                                                .with("request_three_d_secure", "automatic")))
                .with("payment_method_types", list("card"))
                .with("processing", null)
                .with("receipt_email", null)
                .with("review", null)
                .with("setup_future_usage", null)
                .with("shipping", null)
                .with("source", null)
                .with("statement_descriptor", null)
                .with("statement_descriptor_suffix", null)
                .with("status", "requires_payment_method")
                .with("transfer_data", null)
                .with("transfer_group", null));
    }

    Map<String, Object> charge(Map<String, Object> pi, Card card, String email, boolean succeeded) {
        long amount = (Long) pi.get("amount");
        long created = account.now();
        String pm = pi.get("payment_method") != null ? (String) pi.get("payment_method") : Ids.of("pm");
        Map<String, Object> outcome = succeeded
                ? obj().with("advice_code", null)
                        .with("network_advice_code", null)
                        .with("network_decline_code", null)
                        .with("network_status", "approved_by_network")
                        .with("reason", null)
                        .with("risk_level", "normal")
                        .with("risk_score", 20)
                        .with("seller_message", "Payment complete.")
                        .with("type", "authorized")
                : obj().with("advice_code", "try_again_later")
                        .with("network_advice_code", null)
                        .with("network_decline_code", null)
                        .with("network_status", "declined_by_network")
                        .with("reason", "generic_decline")
                        .with("risk_level", "normal")
                        .with("risk_score", 20)
                        .with("seller_message", "The bank did not return any further details with this decline.")
                        .with("type", "issuer_declined");
        String id = Ids.of("ch");
        return account.store(obj().with("id", id)
                .with("object", "charge")
                .with("amount", amount)
                .with("amount_captured", succeeded ? amount : 0L)
                .with("amount_refunded", 0L)
                .with("application", null)
                .with("application_fee", null)
                .with("application_fee_amount", null)
                .with(
                        "balance_transaction",
                        succeeded
                                ? account.balance.record("charge", amount, (String) pi.get("currency"), id, (String)
                                        pi.get("description"))
                                : null)
                .with(
                        "billing_details",
                        obj().with(
                                        "address",
                                        obj().with("city", null)
                                                .with("country", null)
                                                .with("line1", null)
                                                .with("line2", null)
                                                .with("postal_code", null)
                                                .with("state", null))
                                .with("email", email)
                                .with("name", null)
                                .with("phone", null)
                                .with("tax_id", null))
                .with("calculated_statement_descriptor", "DATAPORT")
                .with("captured", succeeded)
                .with("created", created)
                .with("currency", pi.get("currency"))
                .with("customer", pi.get("customer"))
                .with("description", pi.get("description"))
                .with("disputed", false)
                .with("failure_balance_transaction", null)
                .with("failure_code", succeeded ? null : "card_declined")
                .with("failure_message", succeeded ? null : "Your card was declined.")
                .with("fraud_details", obj())
                .with("livemode", false)
                .with("metadata", new LinkedHashMap<>(castMap(pi.get("metadata"))))
                .with("on_behalf_of", null)
                .with("outcome", outcome)
                .with("paid", succeeded)
                .with("payment_intent", pi.get("id"))
                .with("payment_method", pm)
                .with(
                        "payment_method_details",
                        obj().with(
                                        "card",
                                        obj().with("amount_authorized", succeeded ? amount : null)
                                                .with(
                                                        "authorization_code",
                                                        succeeded
                                                                ? String.valueOf(
                                                                        100000 + Math.abs(id.hashCode() % 900000))
                                                                : null)
                                                .with("brand", "visa")
                                                .with(
                                                        "checks",
                                                        obj().with("address_line1_check", null)
                                                                .with("address_postal_code_check", null)
                                                                .with("cvc_check", "pass"))
                                                .with("country", "US")
                                                .with("exp_month", 12)
                                                .with(
                                                        "exp_year",
                                                        ZonedDateTime.now(ZoneOffset.UTC)
                                                                        .getYear()
                                                                + 8)
                                                .with("extended_authorization", obj().with("status", "disabled"))
                                                .with("fingerprint", "dpEmu" + card.last4 + "Fp")
                                                .with("funding", "credit")
                                                .with("incremental_authorization", obj().with("status", "unavailable"))
                                                .with("installments", null)
                                                .with("last4", card.last4)
                                                .with("mandate", null)
                                                .with("multicapture", obj().with("status", "unavailable"))
                                                .with("network", "visa")
                                                .with("network_token", obj().with("used", false))
                                                .with("network_transaction_id", succeeded ? Ids.random(15) : null)
                                                .with(
                                                        "overcapture",
                                                        obj().with("maximum_amount_capturable", amount)
                                                                .with("status", "unavailable"))
                                                .with("regulated_status", "unregulated")
                                                .with(
                                                        "three_d_secure",
                                                        card == Card.AUTHENTICATION
                                                                ? obj().with("authentication_flow", "challenge")
                                                                        .with("electronic_commerce_indicator", "05")
                                                                        .with("exemption_indicator", null)
                                                                        .with("result", "authenticated")
                                                                        .with("result_reason", null)
                                                                        .with("transaction_id", Ids.random(20))
                                                                        .with("version", "2.2.0")
                                                                : null)
                                                .with("wallet", null))
                                .with("type", "card"))
                .with("radar_options", obj())
                .with("receipt_email", null)
                .with("receipt_number", null)
                .with("receipt_url", succeeded ? account.emulator.publicUrl + "/receipts/" + id : null)
                .with("refunded", false)
                .with(
                        "refunds",
                        obj().with("object", "list")
                                .with("data", list())
                                .with("has_more", false)
                                .with("total_count", 0)
                                .with("url", "/v1/charges/" + id + "/refunds"))
                .with("review", null)
                .with("shipping", null)
                .with("source", null)
                .with("source_transfer", null)
                .with("statement_descriptor", null)
                .with("statement_descriptor_suffix", null)
                .with("status", succeeded ? "succeeded" : "failed")
                .with("transfer_data", null)
                .with("transfer_group", null));
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
