package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dataport.accounts.AccountService;
import dataport.accounts.NewAccount;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.catalog.PricingModel;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.TestMerchants;
import dataport.onboarding.Applicants;
import dataport.orders.CheckoutRequest;
import dataport.orders.OrderService;
import dataport.settlement.Ledger.Leg;
import dataport.settlement.Ledger.Refs;
import dataport.settlement.internal.connect.StripeConnect;
import dataport.shared.Languages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payout rail 1 against the real Stripe emulator, with its webhooks arriving over HTTP: a real order paid by a real
 * checkout gives the charge a transfer is made from. Each test releases a share to a fresh foreign merchant (the
 * ledger entries a release makes are posted here directly: charge → merchant available, then ShareReleased).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.port=${DATAPORT_TEST_WEBHOOK_PORT:18196}",
            "dataport.base-url=http://localhost:${server.port}",
            "dataport.stripe.emulator-url=${DATAPORT_STRIPE_EMULATOR_URL:http://127.0.0.1:12111}",
            "dataport.database.reset-on-start=false",
            "dataport.search.rebuild-on-start=false",
            "dataport.orders.reconcile-initial-delay=PT1H"
        })
@ActiveProfiles("test")
class ConnectPayoutsIntegrationTest {

    private static final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    OrderService orders;

    @Autowired
    CatalogService catalog;

    @Autowired
    MerchantService merchants;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Ledger ledger;

    @Autowired
    ConnectedAccounts connectedAccounts;

    @Autowired
    StripeConnect stripe;

    @Autowired
    Payouts payouts;

    @Autowired
    SettlementService settlement;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Value("${dataport.stripe.emulator-url:http://127.0.0.1:12111}")
    String emulatorUrl;

    @Value("${dataport.database.name}")
    String database;

    long merchant;
    long order;
    String currency;

    @BeforeEach
    void aForeignMerchantAndAPaidOrder() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "compliance-test", null, AuthorityUtils.createAuthorityList("ROLE_COMPLIANCE")));
        MerchantSummary m = merchants.registerApproved(
                TestMerchants.merchant()
                        .named("Connect test " + UUID.randomUUID(), "Connect 测试数商")
                        .foreign("GB", "London")
                        .build(),
                // A real owner: a made-up user id would make whoever later gets that id a member of this merchant.
                accounts.createVerified(new NewAccount(
                                "connect-owner-" + UUID.randomUUID() + "@example.com",
                                "Connect Owner",
                                Applicants.DEMO_PASSWORD,
                                Languages.ENGLISH))
                        .id());
        merchant = m.id();
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated("buyer@dataport.example", "DataPort-Demo-2026!");
        attempt.setDetails(new WebAuthenticationDetails("10.60.0.3", null));
        SecurityContextHolder.getContext().setAuthentication(signIn.authenticate(attempt));
        await(orders::paymentsAvailable, "the app registered its webhook endpoint on the emulator");
        ListingDetails listing = catalog.recentlyPublished(200).stream()
                .filter(l -> planIndex(l) >= 0 && l.merchant().isActive())
                .findFirst()
                .orElseThrow();
        int plan = planIndex(listing);
        order = orders.placeOrder(new CheckoutRequest(
                "connect-test-" + UUID.randomUUID(),
                listing.id(),
                listing.version(),
                plan,
                listing.plans().get(plan).price(),
                1));
        currency = listing.plans().get(plan).price().currency().getCurrencyCode();
        String url = orders.startPayment(order, Locale.ENGLISH).url();
        control("/_emulator/checkout/sessions/" + url.substring(url.lastIndexOf('/') + 1) + "/pay");
        await(
                () -> !"PENDING_PAYMENT"
                        .equals(jdbc.queryForObject(
                                "select status from customer_order where id = ?", String.class, order)),
                "the order is paid");
    }

    @AfterEach
    void signOut() {
        control("/_emulator/webhooks/release");
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReleasedShareIsTransferredToTheConnectedAccountOutOfTheOrdersCharge() throws Exception {
        String account = linkedAccount(true);

        release(1_000);

        PayoutSummary paid = awaitPayout(PayoutStatus.PAID);
        assertThat(paid.rail()).isEqualTo(PayoutRail.STRIPE_CONNECT);
        assertThat(paid.orderId()).isEqualTo(order);
        assertThat(paid.amountMinor()).isEqualTo(1_000);
        JsonObject transfer = get("/v1/transfers/" + paid.externalRef());
        assertThat(transfer.get("destination").getAsString()).isEqualTo(account);
        assertThat(transfer.get("amount").getAsLong()).isEqualTo(1_000);
        assertThat(transfer.get("source_transaction").getAsString()).isEqualTo(chargeOfOrder());
        assertThat(transfer.getAsJsonObject("metadata").get("payout_id").getAsString())
                .isEqualTo(String.valueOf(paid.id()));
        assertThat(balance().available()).isZero();
        assertThat(balance().paidOut()).isEqualTo(1_000);
    }

    @Test
    void aShareStaysAvailableWhileTheAccountCannotReceivePayoutsAndIsSentOnceItCan() throws Exception {
        String account = linkedAccount(false);

        release(700);
        Thread.sleep(1_500);

        assertThat(payouts.countOfMerchant(merchant)).as("nothing moves").isZero();
        assertThat(balance().available()).as("the money stays available").isEqualTo(700);

        control("/_emulator/accounts/" + account + "/complete");

        PayoutSummary paid = awaitPayout(PayoutStatus.PAID);
        assertThat(paid.amountMinor()).isEqualTo(700);
        assertThat(balance().available()).isZero();
        assertThat(connectedAccounts
                        .findByMerchantId(merchant)
                        .orElseThrow()
                        .status()
                        .payoutsEnabled())
                .isTrue();
    }

    @Test
    void aTransferStripeRefusesFailsThePayoutAndTheMoneyIsAvailableAgain() throws Exception {
        String account = linkedAccount(true);
        control("/_emulator/webhooks/hold");
        control("/_emulator/accounts/" + account + "/payouts_disabled");

        release(500);

        PayoutSummary failed = awaitPayout(PayoutStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("insufficient_capabilities_for_transfer");
        assertThat(balance().available()).isEqualTo(500);
        assertThat(balance().inTransit()).isZero();

        control("/_emulator/webhooks/release");
        await(
                () -> !connectedAccounts
                        .findByMerchantId(merchant)
                        .orElseThrow()
                        .status()
                        .payoutsEnabled(),
                "the account.updated webhook arrived");
        control("/_emulator/accounts/" + account + "/payouts_enabled");
        await(
                () -> payouts.ofMerchant(merchant, 0, 10).stream().anyMatch(p -> p.status() == PayoutStatus.PAID),
                "the waiting share is sent once payouts are enabled again");
        assertThat(balance().available()).isZero();
    }

    @Test
    void aRefundAfterTheTransferReversesTheMerchantsPartOnceHoweverOftenItIsReported() throws Exception {
        linkedAccount(true);
        release(1_200);
        PayoutSummary paid = awaitPayout(PayoutStatus.PAID);
        String refundId = "re_connect_test_" + UUID.randomUUID();

        // The ledger's own refund entry (merchant available −400) is left out: only the reversal's entry is checked.
        RefundRecorded refund = new RefundRecorded(order, refundId, currency, 500, 400, true, false);
        transactions.executeWithoutResult(tx -> events.publishEvent(refund));
        await(
                () -> jdbc.queryForObject(
                                "select count(*) from connect_reversal where refund_id = ?", Long.class, refundId)
                        == 1,
                "the reversal is recorded");
        transactions.executeWithoutResult(tx -> events.publishEvent(refund));
        Thread.sleep(1_000);

        JsonObject transfer = get("/v1/transfers/" + paid.externalRef());
        assertThat(transfer.get("amount_reversed").getAsLong()).isEqualTo(400);
        assertThat(transfer.getAsJsonObject("reversals").getAsJsonArray("data")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from connect_reversal where order_id = ?", Long.class, order))
                .isEqualTo(1);
        assertThat(balance().paidOut()).isEqualTo(800);
        assertThat(balance().available()).isEqualTo(400);
    }

    @Test
    void theSameAccountUpdatedWebhookDeliveredFourTimesChangesNothingMore() throws Exception {
        String account = linkedAccount(false);
        release(300);
        control("/_emulator/accounts/" + account + "/complete");
        PayoutSummary paid = awaitPayout(PayoutStatus.PAID);
        String event = accountUpdatedEvent(account);

        control("/_emulator/events/" + event + "/resend?count=3");
        Thread.sleep(1_500);

        assertThat(jdbc.queryForObject("select count(*) from stripe_event where id = ?", Long.class, event))
                .isEqualTo(1);
        assertThat(payouts.ofMerchant(merchant, 0, 10))
                .containsExactly(payouts.find(paid.id()).orElseThrow());
        assertThat(get("/v1/transfers?destination=" + account).getAsJsonArray("data"))
                .hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    /** The merchant's connected account, created on the emulator; {@code enabled}: onboarding completed. */
    private String linkedAccount(boolean enabled) throws Exception {
        String account = stripe.createAccount(merchant, "GB", "connect-test@example.com");
        transactions.executeWithoutResult(
                tx -> connectedAccounts.saveAndFlush(new ConnectedAccount(merchant, account, "GB", Instant.now())));
        if (enabled) {
            control("/_emulator/accounts/" + account + "/complete");
            await(
                    () -> connectedAccounts
                            .findByMerchantId(merchant)
                            .orElseThrow()
                            .isPayoutsEnabled(),
                    "the account.updated webhook enabled payouts");
        }
        return account;
    }

    /** What a release does: the share becomes available to the merchant, then ShareReleased. */
    private void release(long share) {
        transactions.executeWithoutResult(tx -> {
            ledger.post(
                    JournalEntry.Kind.RELEASE,
                    Refs.order(order),
                    currency,
                    "connect test",
                    List.of(
                            Leg.debit(AccountKind.BUYER_CLEARING, Ledger.PLATFORM, share),
                            Leg.credit(AccountKind.MERCHANT_AVAILABLE, merchant, share)));
            events.publishEvent(new ShareReleased(order, merchant, currency, share));
        });
    }

    private Balances balance() {
        return settlement.balances(merchant).stream()
                .filter(b -> b.currency().equals(currency))
                .findFirst()
                .orElseThrow();
    }

    private PayoutSummary awaitPayout(PayoutStatus status) {
        await(
                () -> payouts.ofMerchant(merchant, 0, 10).stream().anyMatch(p -> p.status() == status),
                "a payout " + status);
        return payouts.ofMerchant(merchant, 0, 10).stream()
                .filter(p -> p.status() == status)
                .findFirst()
                .orElseThrow();
    }

    private String chargeOfOrder() {
        String intent = jdbc.queryForObject("select payment_ref from customer_order where id = ?", String.class, order);
        return get("/v1/payment_intents/" + intent).get("latest_charge").getAsString();
    }

    private String accountUpdatedEvent(String account) {
        for (var e : get("/v1/events?limit=100&type=account.updated").getAsJsonArray("data")) {
            JsonObject event = e.getAsJsonObject();
            if (account.equals(event.get("account").getAsString())) {
                return event.get("id").getAsString();
            }
        }
        throw new AssertionError("no account.updated for " + account);
    }

    private static int planIndex(ListingDetails listing) {
        for (int i = 0; i < listing.plans().size(); i++) {
            if (listing.plans().get(i).model() == PricingModel.ONE_OFF
                    && listing.plans().get(i).price() != null) {
                return i;
            }
        }
        return -1;
    }

    private JsonObject control(String path) {
        return send(HttpRequest.newBuilder(URI.create(emulatorUrl + path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    private JsonObject get(String path) {
        return send(HttpRequest.newBuilder(URI.create(emulatorUrl + path)).GET());
    }

    private JsonObject send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.header("Authorization", "Bearer sk_test_dataport_" + database)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return JsonParser.parseString(response.body().isBlank() ? "{}" : response.body())
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
