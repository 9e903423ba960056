package dataport.stripeemulator;

import static dataport.stripeemulator.Account.castMap;
import static dataport.stripeemulator.Json.obj;

import dataport.stripeemulator.Account.Req;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Refunds of succeeded charges, at most what remains of each. */
final class Refunds {

    private final Account account;

    Refunds(Account account) {
        this.account = account;
    }

    // ------------------------------------------------------------------ refunds

    @SuppressWarnings("unchecked")
    Map<String, Object> createRefund(Map<String, Object> params, Req req) {
        Form.allowOnly(params, "", "charge", "payment_intent", "amount", "reason", "metadata", "expand");
        String chargeId = Form.string(params, "charge", "charge");
        String piId = Form.string(params, "payment_intent", "payment_intent");
        if (chargeId == null && piId == null) {
            throw ApiError.invalid(
                    "One of the following params should be provided for this request: payment_intent" + " or charge.",
                    null);
        }
        Map<String, Object> pi = null;
        if (piId != null) {
            pi = account.get(piId, "payment_intent", "payment_intent");
            if (chargeId == null) {
                chargeId = (String) pi.get("latest_charge");
            }
        }
        Map<String, Object> charge = chargeId == null ? null : account.objects.get(chargeId);
        if (charge == null || !"succeeded".equals(charge.get("status"))) {
            if (piId != null) {
                throw new ApiError(
                        400,
                        "invalid_request_error",
                        "charge_not_refundable",
                        "This PaymentIntent (" + piId + ") does not have a successful charge to refund.",
                        "payment_intent");
            }
            throw ApiError.notFound("charge", chargeId, "charge");
        }
        if (pi != null && !piId.equals(charge.get("payment_intent"))) {
            throw ApiError.invalid("The charge does not belong to this PaymentIntent.", "charge");
        }
        if (Boolean.TRUE.equals(charge.get("disputed"))) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "charge_disputed",
                    "Charge " + chargeId + " has been charged back; cannot issue a refund.",
                    null);
        }
        long remaining = (Long) charge.get("amount") - (Long) charge.get("amount_refunded");
        if (remaining <= 0) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "charge_already_refunded",
                    "Charge " + chargeId + " has already been refunded.",
                    null);
        }
        Long amountParam = Form.integer(params, "amount", "amount");
        long amount = amountParam == null ? remaining : amountParam;
        if (amount <= 0) {
            throw ApiError.invalid("This value must be greater than or equal to 1.", "amount");
        }
        if (amount > remaining) {
            String currency = (String) charge.get("currency");
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "amount_too_large",
                    "Refund amount ("
                            + Money.format(amount, currency) + ") is greater than unrefunded amount on charge ("
                            + Money.format(remaining, currency) + ")",
                    "amount");
        }
        String reason = Form.string(params, "reason", "reason");
        if (reason != null
                && !Set.of("duplicate", "fraudulent", "requested_by_customer").contains(reason)) {
            throw ApiError.invalid(
                    "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer", "reason");
        }
        String refundId = Ids.of("re");
        Map<String, Object> refund = account.store(obj().with("id", refundId)
                .with("object", "refund")
                .with("amount", amount)
                .with(
                        "balance_transaction",
                        account.balance.record("refund", -amount, (String) charge.get("currency"), refundId, null))
                .with("charge", chargeId)
                .with("created", account.now())
                .with("currency", charge.get("currency"))
                .with("customer", charge.get("customer"))
                .with("customer_account", null)
                .with(
                        "destination_details",
                        obj().with(
                                        "card",
                                        obj().with("reference", Ids.random(12))
                                                .with("reference_status", "available")
                                                .with("reference_type", "acquirer_reference_number")
                                                .with("type", "refund"))
                                .with("type", "card"))
                .with("metadata", Form.metadata(params, "metadata", null))
                .with("payment_intent", charge.get("payment_intent"))
                .with("payment_method", charge.get("payment_method"))
                .with("reason", reason)
                .with("receipt_number", null)
                .with("source_transfer_reversal", null)
                .with("status", "succeeded")
                .with("transfer_reversal", null));
        Map<String, Object> previous =
                obj().with("amount_refunded", charge.get("amount_refunded")).with("refunded", charge.get("refunded"));
        long refunded = (Long) charge.get("amount_refunded") + amount;
        charge.put("amount_refunded", refunded);
        charge.put("refunded", refunded == (Long) charge.get("amount"));
        Map<String, Object> refunds = castMap(charge.get("refunds"));
        ((List<Object>) refunds.get("data")).addFirst(refund);
        refunds.put("total_count", ((List<Object>) refunds.get("data")).size());
        account.emit("refund.created", refund, null, req);
        account.emit("charge.refunded", charge, previous, req);
        return refund;
    }
}
