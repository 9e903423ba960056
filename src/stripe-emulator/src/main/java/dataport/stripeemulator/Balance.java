package dataport.stripeemulator;

import static dataport.stripeemulator.Json.list;
import static dataport.stripeemulator.Json.obj;

import java.util.Map;
import java.util.Set;

/**
 * The platform's balance transactions: one per money movement the emulator knows of — a succeeded charge
 * ({@code charge}, +amount), a refund ({@code refund}, −amount), a transfer to a connected account
 * ({@code transfer}, −amount) and a transfer reversal ({@code transfer_refund}, +amount, reporting category
 * {@code transfer_reversal}). The emulator charges no processing fees: {@code fee} is 0 and {@code net} equals
 * {@code amount}, and every transaction is {@code available} at once.
 */
final class Balance {

    static final Set<String> TYPES = Set.of("charge", "refund", "transfer", "transfer_refund");

    private final Account account;

    Balance(Account account) {
        this.account = account;
    }

    /** Records one balance transaction for {@code source} and returns its id (what the source's field names). */
    String record(String type, long amount, String currency, String source, String description) {
        String id = Ids.of("txn");
        long now = account.now();
        account.store(obj().with("id", id)
                .with("object", "balance_transaction")
                .with("amount", amount)
                .with("available_on", now)
                .with("balance_type", "payments")
                .with("created", now)
                .with("currency", currency)
                .with("description", description)
                .with("exchange_rate", null)
                .with("fee", 0L)
                .with("fee_details", list())
                .with("net", amount)
                .with("reporting_category", type.equals("transfer_refund") ? "transfer_reversal" : type)
                .with("source", source)
                .with("status", "available")
                .with("type", type));
        return id;
    }

    /** {@code GET /v1/balance_transactions}: newest first, filtered by {@code type}, {@code source}, {@code currency}. */
    Map<String, Object> listTransactions(Map<String, Object> query) {
        Form.allowOnly(query, "", "type", "source", "currency", "limit", "starting_after", "ending_before", "expand");
        String type = Form.string(query, "type", "type");
        if (type != null && !TYPES.contains(type)) {
            throw ApiError.invalid(
                    "Invalid type: the emulator records charge, refund, transfer and transfer_refund", "type");
        }
        String source = Form.string(query, "source", "source");
        String currency = Form.string(query, "currency", "currency");
        return account.listObjects(
                "balance_transaction",
                "/v1/balance_transactions",
                query,
                t -> (type == null || type.equals(t.get("type")))
                        && (source == null || source.equals(t.get("source")))
                        && (currency == null || currency.equalsIgnoreCase((String) t.get("currency"))));
    }
}
