package dataport.stripeemulator;

import static dataport.stripeemulator.Account.castMap;
import static dataport.stripeemulator.Json.list;
import static dataport.stripeemulator.Json.obj;

import dataport.stripeemulator.Account.Req;
import java.util.Map;
import java.util.Set;

/** Disputes (chargebacks), opened and closed only through the control API, as a card network would. */
final class Disputes {

    static final Set<String> REASONS = Set.of(
            "bank_cannot_process",
            "credit_not_processed",
            "customer_initiated",
            "debit_not_authorized",
            "duplicate",
            "fraudulent",
            "general",
            "incorrect_account_details",
            "insufficient_funds",
            "product_not_received",
            "product_unacceptable",
            "subscription_canceled",
            "unrecognized");

    private final Account account;

    Disputes(Account account) {
        this.account = account;
    }

    /** The buyer's bank disputes a succeeded charge (named by its id or its PaymentIntent's). */
    Map<String, Object> open(String chargeOrIntent, String reason) {
        String chargeId = chargeOrIntent;
        if (chargeOrIntent.startsWith("pi_")) {
            chargeId =
                    (String) account.get(chargeOrIntent, "payment_intent", "id").get("latest_charge");
        }
        Map<String, Object> charge = account.get(chargeId, "charge", "charge");
        if (!"succeeded".equals(charge.get("status"))) {
            throw ApiError.state("Only a succeeded charge can be disputed.");
        }
        if (Boolean.TRUE.equals(charge.get("disputed"))) {
            throw ApiError.state("Charge " + chargeId + " is already disputed.");
        }
        String why = reason == null ? "fraudulent" : reason;
        if (!REASONS.contains(why)) {
            throw ApiError.invalid("Invalid reason: " + why, "reason");
        }
        long now = account.now();
        long amount = (Long) charge.get("amount") - (Long) charge.get("amount_refunded");
        Map<String, Object> card =
                castMap(castMap(charge.get("payment_method_details")).get("card"));
        Map<String, Object> dispute = account.store(obj().with("id", Ids.of("dp"))
                .with("object", "dispute")
                .with("amount", amount)
                .with("balance_transactions", list())
                .with("charge", chargeId)
                .with("created", now)
                .with("currency", charge.get("currency"))
                .with("enhanced_eligibility_types", list())
                .with("evidence", obj().with("customer_email_address", null).with("uncategorized_text", null))
                .with(
                        "evidence_details",
                        obj().with("due_by", now + 7 * 24 * 3600)
                                .with("enhanced_eligibility", obj())
                                .with("has_evidence", false)
                                .with("past_due", false)
                                .with("submission_count", 0))
                .with("is_charge_refundable", false)
                .with("livemode", false)
                .with("metadata", obj())
                .with("network_reason_code", "10.4")
                .with("payment_intent", charge.get("payment_intent"))
                .with(
                        "payment_method_details",
                        obj().with(
                                        "card",
                                        obj().with("brand", card.get("brand"))
                                                .with("case_type", "chargeback")
                                                .with("network", card.get("network"))
                                                .with("network_reason_code", "10.4"))
                                .with("type", "card"))
                .with("reason", why)
                .with("status", "needs_response"));
        charge.put("disputed", true);
        account.emit("charge.dispute.created", dispute, null, Req.NONE);
        account.emit("charge.dispute.funds_withdrawn", dispute, null, Req.NONE);
        return dispute;
    }

    /** The network decides: {@code won} gives the money back to the merchant, {@code lost} keeps it with the buyer. */
    Map<String, Object> close(String id, String outcome) {
        Map<String, Object> dispute = account.get(id, "dispute", "dispute");
        if (!"won".equals(outcome) && !"lost".equals(outcome)) {
            throw ApiError.invalid("outcome must be won or lost", "outcome");
        }
        if ("won".equals(dispute.get("status")) || "lost".equals(dispute.get("status"))) {
            throw ApiError.state("Dispute " + id + " is already closed (" + dispute.get("status") + ").");
        }
        Map<String, Object> previous = obj().with("status", dispute.get("status"));
        dispute.put("status", outcome);
        if (outcome.equals("won")) {
            account.emit("charge.dispute.funds_reinstated", dispute, null, Req.NONE);
        }
        account.emit("charge.dispute.closed", dispute, previous, Req.NONE);
        return dispute;
    }
}
