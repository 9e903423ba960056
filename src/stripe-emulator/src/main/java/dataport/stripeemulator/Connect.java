package dataport.stripeemulator;

import static dataport.stripeemulator.Account.castMap;
import static dataport.stripeemulator.Json.list;
import static dataport.stripeemulator.Json.obj;

import dataport.stripeemulator.Account.Req;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Connect for a platform: connected accounts (Express or Custom) onboarded through account links and the hosted
 * onboarding page, transfers of a charge's money to them (separate charges and transfers) and their reversals.
 *
 * <p>An account's state follows the onboarding outcome: {@code complete} enables charges and payouts and clears the
 * requirements; {@code leave_due} submits details but leaves {@code external_account} and an identity document due, so
 * payouts (and the {@code transfers} capability) stay off. The control API turns payouts off and on again. Every
 * change sends {@code account.updated} (with the event's {@code account} set) to the platform's endpoints.
 */
final class Connect {

    /** What onboarding leaves due when the merchant stops before the end, or payouts are switched off. */
    static final List<Object> DUE_FOR_PAYOUTS = List.of("external_account", "individual.verification.document");

    private static final List<Object> DUE_AT_START = List.of(
            "business_profile.url",
            "external_account",
            "individual.dob.day",
            "individual.first_name",
            "individual.last_name",
            "tos_acceptance.date",
            "tos_acceptance.ip");

    private final Account account;
    /** Account links by the id in their URL: the link's account, return and refresh URLs, expiry and use. */
    private final Map<String, Map<String, Object>> links = new HashMap<>();

    Connect(Account account) {
        this.account = account;
    }

    // ------------------------------------------------------------------ accounts

    Map<String, Object> createAccount(Map<String, Object> params, Req req) {
        Form.allowOnly(
                params,
                "",
                "type",
                "country",
                "email",
                "capabilities",
                "business_type",
                "metadata",
                "expand",
                "default_currency");
        String type = Form.string(params, "type", "type");
        if (type == null) {
            throw ApiError.missing("type");
        }
        if (!Set.of("express", "custom", "standard").contains(type)) {
            throw ApiError.invalid("Invalid type: must be one of custom, express, or standard", "type");
        }
        String country = Form.string(params, "country", "country");
        country = country == null ? "US" : country.toUpperCase(java.util.Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw ApiError.invalid("Invalid country: " + country, "country");
        }
        if (country.equals("CN")) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "country_unsupported",
                    "Connected accounts cannot be created in CN: Stripe does not support accounts in mainland China.",
                    "country");
        }
        Map<String, Object> capabilities = obj();
        Map<String, Object> requested = Form.map(params, "capabilities", "capabilities");
        if (requested != null) {
            for (String name : requested.keySet()) {
                if (!Set.of("card_payments", "transfers").contains(name)) {
                    throw ApiError.invalid("Unsupported capability: " + name, "capabilities[" + name + "]");
                }
                Boolean wanted =
                        Form.bool(castMap(requested.get(name)), "requested", "capabilities[" + name + "][requested]");
                if (Boolean.TRUE.equals(wanted)) {
                    capabilities.put(name, "inactive");
                }
            }
        }
        if ("custom".equals(type) && capabilities.isEmpty()) {
            throw ApiError.invalid(
                    "You must request at least one capability (transfers or card_payments) for a custom account.",
                    "capabilities");
        }
        if (capabilities.isEmpty()) {
            capabilities.put("transfers", "inactive");
        }
        String id = "acct_1" + Ids.random(15);
        String currency = Form.string(params, "default_currency", "default_currency");
        Map<String, Object> connected = account.store(obj().with("id", id)
                .with("object", "account")
                .with(
                        "business_profile",
                        obj().with("mcc", null).with("name", null).with("url", null))
                .with("business_type", Form.string(params, "business_type", "business_type"))
                .with("capabilities", capabilities)
                .with("charges_enabled", false)
                .with("controller", obj().with("is_controller", true).with("type", "application"))
                .with("country", country)
                .with("created", account.now())
                .with("default_currency", currency != null ? currency : defaultCurrency(country))
                .with("details_submitted", false)
                .with("email", Form.string(params, "email", "email"))
                .with(
                        "external_accounts",
                        obj().with("object", "list")
                                .with("data", list())
                                .with("has_more", false)
                                .with("total_count", 0)
                                .with("url", "/v1/accounts/" + id + "/external_accounts"))
                .with("future_requirements", requirements(List.of(), null))
                .with("metadata", Form.metadata(params, "metadata", null))
                .with("payouts_enabled", false)
                .with("requirements", requirements(DUE_AT_START, "requirements.past_due"))
                .with(
                        "settings",
                        obj().with(
                                        "payouts",
                                        obj().with("debit_negative_balances", true)
                                                .with(
                                                        "schedule",
                                                        obj().with("delay_days", 2)
                                                                .with("interval", "daily"))
                                                .with("statement_descriptor", null)))
                .with(
                        "tos_acceptance",
                        obj().with("date", null).with("ip", null).with("user_agent", null))
                .with("type", type));
        return connected;
    }

    private static String defaultCurrency(String country) {
        return switch (country) {
            case "GB" -> "gbp";
            case "JP" -> "jpy";
            case "AU" -> "aud";
            case "CA" -> "cad";
            case "SG" -> "sgd";
            case "HK" -> "hkd";
            case "CH" -> "chf";
            case "DE", "FR", "NL", "IE", "ES", "IT", "AT", "BE", "FI", "PT", "LU" -> "eur";
            default -> "usd";
        };
    }

    private static Map<String, Object> requirements(List<Object> due, String disabledReason) {
        return obj().with("alternatives", list())
                .with("current_deadline", null)
                .with("currently_due", new java.util.ArrayList<>(due))
                .with("disabled_reason", disabledReason)
                .with("errors", list())
                .with("eventually_due", new java.util.ArrayList<>(due))
                .with("past_due", new java.util.ArrayList<>(due))
                .with("pending_verification", list());
    }

    Map<String, Object> connected(String id) {
        return account.get(id, "account", "account");
    }

    /**
     * Moves a connected account to one of its states and sends {@code account.updated} when something changed:
     * {@code complete} (everything enabled), {@code leave_due} (details submitted, payouts off, requirements due),
     * {@code payouts_disabled} / {@code payouts_enabled} (the control API's switch).
     */
    Map<String, Object> setState(String id, String state, Req req) {
        Map<String, Object> acct = connected(id);
        Map<String, Object> before = snapshot(acct);
        switch (state) {
            case "complete", "payouts_enabled" -> {
                acct.put("details_submitted", true);
                acct.put("charges_enabled", true);
                acct.put("payouts_enabled", true);
                acct.put("requirements", requirements(List.of(), null));
                activateCapabilities(acct, "active");
                acct.put(
                        "tos_acceptance",
                        obj().with("date", account.now())
                                .with("ip", "127.0.0.1")
                                .with("user_agent", "DataPort Stripe emulator"));
            }
            case "leave_due", "payouts_disabled" -> {
                acct.put("details_submitted", true);
                acct.put("charges_enabled", true);
                acct.put("payouts_enabled", false);
                Map<String, Object> requirements = requirements(DUE_FOR_PAYOUTS, null);
                requirements.put("past_due", list());
                requirements.put("current_deadline", account.now() + 14 * 24 * 3600);
                acct.put("requirements", requirements);
                activateCapabilities(acct, "active");
                Map<String, Object> capabilities = castMap(acct.get("capabilities"));
                capabilities.put("transfers", "inactive");
            }
            default ->
                throw ApiError.invalid(
                        "Unknown state: " + state + " (complete, leave_due, payouts_enabled, payouts_disabled)",
                        "state");
        }
        Map<String, Object> previous = obj();
        for (Map.Entry<String, Object> e : before.entrySet()) {
            if (!Json.write(e.getValue()).equals(Json.write(acct.get(e.getKey())))) {
                previous.put(e.getKey(), e.getValue());
            }
        }
        if (!previous.isEmpty()) {
            account.emit("account.updated", acct, previous, req, id);
        }
        return acct;
    }

    private static Map<String, Object> snapshot(Map<String, Object> acct) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (String field :
                List.of("capabilities", "charges_enabled", "details_submitted", "payouts_enabled", "requirements")) {
            copy.put(field, new Json.Raw(Json.write(acct.get(field))));
        }
        return copy;
    }

    private static void activateCapabilities(Map<String, Object> acct, String status) {
        Map<String, Object> capabilities = castMap(acct.get("capabilities"));
        capabilities.replaceAll((name, old) -> status);
        capabilities.putIfAbsent("transfers", status);
    }

    // ------------------------------------------------------------------ account links and the onboarding page

    Map<String, Object> createAccountLink(Map<String, Object> params) {
        Form.allowOnly(params, "", "account", "type", "refresh_url", "return_url", "collect", "expand");
        String acctId = Form.requiredString(params, "account", "account");
        connected(acctId);
        String type = Form.requiredString(params, "type", "type");
        if (!type.equals("account_onboarding") && !type.equals("account_update")) {
            throw ApiError.invalid("Invalid type: must be one of account_onboarding or account_update", "type");
        }
        String refresh = Account.validUrl(Form.requiredString(params, "refresh_url", "refresh_url"), "refresh_url");
        String back = Account.validUrl(Form.requiredString(params, "return_url", "return_url"), "return_url");
        String linkId = Ids.random(24);
        long created = account.now();
        links.put(
                linkId,
                obj().with("account", acctId)
                        .with("refresh_url", refresh)
                        .with("return_url", back)
                        .with("expires_at", created + 300)
                        .with("used", false));
        account.emulator.owns(account, linkId);
        return obj().with("object", "account_link")
                .with("created", created)
                .with("expires_at", created + 300)
                .with("url", account.emulator.publicUrl + "/setup/s/" + linkId);
    }

    /** The link behind an onboarding page, or null when it is unknown, used or expired (Stripe: go to refresh_url). */
    Map<String, Object> usableLink(String linkId) {
        Map<String, Object> link = links.get(linkId);
        if (link == null || Boolean.TRUE.equals(link.get("used")) || (Long) link.get("expires_at") < account.clock()) {
            return null;
        }
        return link;
    }

    String refreshUrl(String linkId) {
        Map<String, Object> link = links.get(linkId);
        return link == null ? null : (String) link.get("refresh_url");
    }

    /** The onboarding page's buttons: {@code complete}, {@code leave_due} or {@code back}; returns where to go. */
    String finishOnboarding(String linkId, String action) {
        Map<String, Object> link = usableLink(linkId);
        if (link == null) {
            String refresh = refreshUrl(linkId);
            if (refresh == null) {
                throw ApiError.notFound("account_link", linkId, "url");
            }
            return refresh;
        }
        switch (action) {
            case "complete" -> setState((String) link.get("account"), "complete", Req.NONE);
            case "leave_due" -> setState((String) link.get("account"), "leave_due", Req.NONE);
            case "back" -> {}
            default -> throw ApiError.invalid("Unknown action: " + action, "action");
        }
        link.put("used", true);
        return (String) link.get("return_url");
    }

    // ------------------------------------------------------------------ transfers and reversals

    @SuppressWarnings("unchecked")
    Map<String, Object> createTransfer(Map<String, Object> params, Req req) {
        Form.allowOnly(
                params,
                "",
                "amount",
                "currency",
                "destination",
                "source_transaction",
                "transfer_group",
                "metadata",
                "description",
                "expand");
        Long amount = Form.integer(params, "amount", "amount");
        if (amount == null) {
            throw ApiError.missing("amount");
        }
        if (amount < 1) {
            throw ApiError.invalid("This value must be greater than or equal to 1.", "amount");
        }
        String currency = Form.requiredString(params, "currency", "currency").toLowerCase(java.util.Locale.ROOT);
        String destination = Form.requiredString(params, "destination", "destination");
        Map<String, Object> acct = account.objects.get(destination);
        if (acct == null || !"account".equals(acct.get("object"))) {
            throw ApiError.invalid("No such destination: '" + destination + "'", "destination");
        }
        if (!"active".equals(castMap(acct.get("capabilities")).get("transfers"))
                || !Boolean.TRUE.equals(acct.get("payouts_enabled"))) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "insufficient_capabilities_for_transfer",
                    "Your destination account needs to have at least one of the following capabilities enabled:"
                            + " transfers, crypto_transfers, legacy_payments",
                    "destination");
        }
        String source = Form.string(params, "source_transaction", "source_transaction");
        if (source == null) {
            // Without a source the platform's own balance would pay: DataPort always names the charge.
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "balance_insufficient",
                    "You have insufficient available funds in your Stripe account (the emulator keeps no platform"
                            + " balance: pass source_transaction, the charge whose funds to transfer).",
                    null);
        }
        Map<String, Object> charge = account.objects.get(source);
        if (charge == null || !"charge".equals(charge.get("object"))) {
            throw ApiError.invalid("No such charge: '" + source + "'", "source_transaction");
        }
        if (!"succeeded".equals(charge.get("status"))) {
            throw ApiError.invalid("The source_transaction " + source + " has not succeeded.", "source_transaction");
        }
        if (!currency.equals(charge.get("currency"))) {
            throw ApiError.invalid(
                    "The currency of source_transaction's balance transaction (" + charge.get("currency")
                            + ") must be the same as the transfer currency (" + currency + ")",
                    "currency");
        }
        long available = transferable(charge);
        if (amount > available) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "balance_insufficient",
                    "Insufficient funds in the source transaction: the transfer amount "
                            + Money.format(amount, currency) + " exceeds what remains of charge " + source + " ("
                            + Money.format(available, currency) + ")",
                    "amount");
        }
        String id = Ids.of("tr");
        Map<String, Object> transfer = account.store(obj().with("id", id)
                .with("object", "transfer")
                .with("amount", amount)
                .with("amount_reversed", 0L)
                .with("balance_transaction", account.balance.record("transfer", -amount, currency, id, null))
                .with("created", account.now())
                .with("currency", currency)
                .with("description", Form.string(params, "description", "description"))
                .with("destination", destination)
                .with("destination_payment", Ids.of("py"))
                .with("livemode", false)
                .with("metadata", Form.metadata(params, "metadata", null))
                .with(
                        "reversals",
                        obj().with("object", "list")
                                .with("data", list())
                                .with("has_more", false)
                                .with("total_count", 0)
                                .with("url", "/v1/transfers/" + id + "/reversals"))
                .with("reversed", false)
                .with("source_transaction", source)
                .with("source_type", "card")
                .with("transfer_group", Form.string(params, "transfer_group", "transfer_group")));
        account.emit("transfer.created", transfer, null, req);
        return transfer;
    }

    /** What of a charge may still be transferred: not refunded, not already transferred (net of reversals). */
    private long transferable(Map<String, Object> charge) {
        long left = (Long) charge.get("amount") - (Long) charge.get("amount_refunded");
        for (Map<String, Object> o : account.objects.values()) {
            if ("transfer".equals(o.get("object")) && charge.get("id").equals(o.get("source_transaction"))) {
                left -= (Long) o.get("amount") - (Long) o.get("amount_reversed");
            }
        }
        return left;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> createReversal(String transferId, Map<String, Object> params, Req req) {
        Form.allowOnly(params, "", "amount", "description", "metadata", "refund_application_fee", "expand");
        Map<String, Object> transfer = account.get(transferId, "transfer", "id");
        long remaining = (Long) transfer.get("amount") - (Long) transfer.get("amount_reversed");
        String currency = (String) transfer.get("currency");
        if (remaining <= 0) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "transfer_already_reversed",
                    "Transfer " + transferId + " has already been fully reversed.",
                    null);
        }
        Long amountParam = Form.integer(params, "amount", "amount");
        long amount = amountParam == null ? remaining : amountParam;
        if (amount < 1) {
            throw ApiError.invalid("This value must be greater than or equal to 1.", "amount");
        }
        if (amount > remaining) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "amount_too_large",
                    "Reversal amount (" + Money.format(amount, currency)
                            + ") is greater than the amount remaining on the transfer ("
                            + Money.format(remaining, currency) + ")",
                    "amount");
        }
        String id = Ids.of("trr");
        Map<String, Object> reversal = account.store(obj().with("id", id)
                .with("object", "transfer_reversal")
                .with("amount", amount)
                .with("balance_transaction", account.balance.record("transfer_refund", amount, currency, id, null))
                .with("created", account.now())
                .with("currency", currency)
                .with("destination_payment_refund", Ids.of("pyr"))
                .with("metadata", Form.metadata(params, "metadata", null))
                .with("source_refund", null)
                .with("transfer", transferId));
        Map<String, Object> previous = obj().with("amount_reversed", transfer.get("amount_reversed"))
                .with("reversed", transfer.get("reversed"));
        long reversed = (Long) transfer.get("amount_reversed") + amount;
        transfer.put("amount_reversed", reversed);
        transfer.put("reversed", reversed == (Long) transfer.get("amount"));
        Map<String, Object> reversals = castMap(transfer.get("reversals"));
        ((List<Object>) reversals.get("data")).addFirst(reversal);
        reversals.put("total_count", ((List<Object>) reversals.get("data")).size());
        account.emit("transfer.reversed", transfer, previous, req);
        return reversal;
    }

    Map<String, Object> reversal(String transferId, String id) {
        Map<String, Object> reversal = account.get(id, "transfer_reversal", "id");
        if (!transferId.equals(reversal.get("transfer"))) {
            throw ApiError.notFound("transfer_reversal", id, "id");
        }
        return reversal;
    }
}
