package dataport.settlement;

import com.stripe.exception.StripeException;
import dataport.accounts.CurrentUser;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.settlement.internal.connect.StripeConnect;
import dataport.shared.SiteUrl;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The merchant's side of Stripe Connect: link a connected account through Stripe's onboarding (an account link
 * redirect) and see its state. Only merchants outside mainland China use it (mainland merchants are paid by bank
 * file). Stripe is called outside transactions.
 */
@Service
public class ConnectOnboarding {

    /** The payouts page (settlement.ui), where onboarding returns. */
    public static final String PAYOUTS_ROUTE = "workspace/payouts";

    /** Message key of the refusal when Stripe could not be reached or refused. */
    public static final String STRIPE_FAILED = "settlement.connect.stripe-failed";

    private final ConnectedAccounts accounts;
    private final ConnectPayouts payouts;
    private final SettlementService settlement;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final StripeConnect stripe;
    private final SiteUrl site;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConnectOnboarding(
            ConnectedAccounts accounts,
            ConnectPayouts payouts,
            SettlementService settlement,
            MerchantService merchants,
            CurrentUser currentUser,
            StripeConnect stripe,
            SiteUrl site,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.accounts = accounts;
        this.payouts = payouts;
        this.settlement = settlement;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.stripe = stripe;
        this.site = site;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * What the payouts page shows about Connect for the signed-in member's merchant.
     *
     * @param rail where the merchant's money goes out (BANK_FILE for mainland merchants: no Connect)
     * @param account the linked account's state, or null before linking
     */
    public record ConnectSetup(PayoutRail rail, String countryCode, ConnectStatus account, List<Balances> balances) {

        public boolean linked() {
            return account != null;
        }
    }

    @RolesAllowed("MERCHANT")
    public Optional<ConnectSetup> mySetup() {
        return myMerchant()
                .map(m -> transactions.execute(tx -> new ConnectSetup(
                        PayoutRail.forCountry(m.countryCode()),
                        m.countryCode(),
                        accounts.findByMerchantId(m.id())
                                .map(ConnectedAccount::status)
                                .orElse(null),
                        settlement.balances(m.id()))));
    }

    /**
     * The URL of Stripe's onboarding page for the merchant's connected account, created first if it has none.
     * Refused (IllegalStateException) for mainland merchants; {@link #STRIPE_FAILED} when Stripe fails.
     */
    @RolesAllowed("MERCHANT")
    public String startOnboarding() {
        MerchantSummary merchant =
                myMerchant().orElseThrow(() -> new IllegalStateException("settlement.connect.no-merchant"));
        if (PayoutRail.forCountry(merchant.countryCode()) != PayoutRail.STRIPE_CONNECT) {
            throw new IllegalStateException("settlement.connect.not-for-mainland");
        }
        try {
            String accountId = accounts.findByMerchantId(merchant.id())
                    .map(ConnectedAccount::getStripeAccountId)
                    .orElse(null);
            if (accountId == null) {
                String created = stripe.createAccount(merchant.id(), merchant.countryCode(), merchant.contactEmail());
                accountId = transactions.execute(tx -> accounts.findByMerchantId(merchant.id())
                        .orElseGet(() -> accounts.saveAndFlush(
                                new ConnectedAccount(merchant.id(), created, merchant.countryCode(), clock.instant())))
                        .getStripeAccountId());
            }
            return stripe.onboardingLink(
                    accountId,
                    site.of(PAYOUTS_ROUTE, "connect", "refresh"),
                    site.of(PAYOUTS_ROUTE, "connect", "return"));
        } catch (StripeException e) {
            throw new IllegalStateException(STRIPE_FAILED, e);
        }
    }

    /**
     * Asks Stripe for the account's state now (the merchant is back from onboarding; the webhook may come later) and
     * keeps it; waiting shares are sent when payouts became enabled. Empty when the merchant has no account.
     */
    @RolesAllowed("MERCHANT")
    public Optional<ConnectStatus> refreshMine() {
        Optional<MerchantSummary> merchant = myMerchant();
        Optional<String> accountId =
                merchant.flatMap(m -> accounts.findByMerchantId(m.id())).map(ConnectedAccount::getStripeAccountId);
        if (accountId.isEmpty()) {
            return Optional.empty();
        }
        try {
            StripeConnect.AccountState state = stripe.retrieve(accountId.get());
            payouts.accountUpdated(state, clock.instant().getEpochSecond());
        } catch (StripeException e) {
            throw new IllegalStateException(STRIPE_FAILED, e);
        }
        return transactions.execute(
                tx -> accounts.findByMerchantId(merchant.get().id()).map(ConnectedAccount::status));
    }

    private Optional<MerchantSummary> myMerchant() {
        return merchants.findForMember(currentUser.require().id());
    }
}
