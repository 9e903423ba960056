package dataport.settlement.internal.connect;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.net.ApiResource;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Settlement's Stripe Connect calls, through the application's one Stripe client (configured by orders): Express
 * accounts, onboarding links, transfers of an order's share out of its charge and their reversals. Every call that
 * moves money carries an idempotency key made of DataPort's own ids, so a retry never moves it twice.
 */
@Component
public class StripeConnect {

    private final StripeClient stripe;

    StripeConnect(StripeClient stripe) {
        this.stripe = stripe;
    }

    /** A connected account's state as Stripe reports it. */
    public record AccountState(
            String id,
            boolean chargesEnabled,
            boolean payoutsEnabled,
            boolean detailsSubmitted,
            List<String> currentlyDue,
            String disabledReason) {}

    /** Creates an Express account for the merchant. */
    public String createAccount(long merchantId, String country, String email) throws StripeException {
        AccountCreateParams.Builder params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setCountry(country.toUpperCase(Locale.ROOT))
                .putMetadata("merchant_id", String.valueOf(merchantId))
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder()
                                .setRequested(true)
                                .build())
                        .build());
        if (email != null && !email.isBlank()) {
            params.setEmail(email);
        }
        // No idempotency key of DataPort's own: merchant ids repeat after a database reset while Stripe (or the
        // emulator) keeps its keys. A double click at worst leaves an unused test account: only the first one saved
        // is kept (ConnectOnboarding), and stripe-java's own retries carry a key of their own.
        return stripe.v1().accounts().create(params.build()).getId();
    }

    public AccountState retrieve(String accountId) throws StripeException {
        return state(stripe.v1().accounts().retrieve(accountId));
    }

    /** Reads the {@code data.object} of an {@code account.updated} event. */
    public AccountState fromEventObject(String json) {
        return state(ApiResource.GSON.fromJson(json, Account.class));
    }

    private static AccountState state(Account a) {
        Account.Requirements r = a.getRequirements();
        return new AccountState(
                a.getId(),
                Boolean.TRUE.equals(a.getChargesEnabled()),
                Boolean.TRUE.equals(a.getPayoutsEnabled()),
                Boolean.TRUE.equals(a.getDetailsSubmitted()),
                r == null || r.getCurrentlyDue() == null ? List.of() : List.copyOf(r.getCurrentlyDue()),
                r == null ? null : r.getDisabledReason());
    }

    /** The URL of Stripe's onboarding page for the account (single use, minutes long). */
    public String onboardingLink(String accountId, String refreshUrl, String returnUrl) throws StripeException {
        return stripe.v1()
                .accountLinks()
                .create(AccountLinkCreateParams.builder()
                        .setAccount(accountId)
                        .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                        .setRefreshUrl(refreshUrl)
                        .setReturnUrl(returnUrl)
                        .build())
                .getUrl();
    }

    /**
     * Transfers a payout to the connected account out of the order's charge (separate charges and transfers). The
     * key {@code dataport-payout-<payoutId>-<opened>} makes a retry after a crash answer the same transfer; the time
     * the payout was opened (epoch seconds, as stored) is part of it because payout ids repeat after a database reset
     * while Stripe keeps its keys. Returns the transfer's id.
     */
    public String transfer(
            long payoutId,
            long payoutOpened,
            long orderId,
            long amountMinor,
            String currency,
            String destination,
            String chargeId)
            throws StripeException {
        return stripe.v1()
                .transfers()
                .create(
                        TransferCreateParams.builder()
                                .setAmount(amountMinor)
                                .setCurrency(currency.toLowerCase(Locale.ROOT))
                                .setDestination(destination)
                                .setSourceTransaction(chargeId)
                                .setTransferGroup("order-" + orderId)
                                .putMetadata("payout_id", String.valueOf(payoutId))
                                .putMetadata("order_id", String.valueOf(orderId))
                                .build(),
                        RequestOptions.builder()
                                .setIdempotencyKey("dataport-payout-" + payoutId + "-" + payoutOpened)
                                .build())
                .getId();
    }

    /** Takes {@code amountMinor} of a transfer back for a refund (one reversal per refund id). Returns its id. */
    public String reverse(String transferId, long amountMinor, String refundId) throws StripeException {
        return stripe.v1()
                .transfers()
                .reversals()
                .create(
                        transferId,
                        TransferReversalCreateParams.builder()
                                .setAmount(amountMinor)
                                .putMetadata("refund_id", refundId)
                                .build(),
                        RequestOptions.builder()
                                .setIdempotencyKey("dataport-reversal-" + refundId)
                                .build())
                .getId();
    }
}
