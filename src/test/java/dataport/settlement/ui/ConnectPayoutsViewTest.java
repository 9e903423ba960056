package dataport.settlement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.NewAccount;
import dataport.catalog.DemoSignIn;
import dataport.merchants.MerchantService;
import dataport.merchants.TestMerchants;
import dataport.onboarding.Applicants;
import dataport.settlement.ConnectOnboarding;
import dataport.shared.Languages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The payouts page of a foreign merchant (Stripe Connect, against the emulator) and of a mainland one. */
@IntegrationTest
class ConnectPayoutsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    MerchantService merchants;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    ConnectOnboarding connect;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${dataport.stripe.emulator-url:http://127.0.0.1:12111}")
    String emulatorUrl;

    @Value("${dataport.database.name}")
    String database;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the owner of a new merchant in the United States. */
    private long signInAsForeignMerchant() {
        String email = "payouts-" + UUID.randomUUID() + "@dataport.example";
        long user = accounts.createVerified(
                        new NewAccount(email, "Payouts Owner", Applicants.DEMO_PASSWORD, Languages.ENGLISH))
                .id();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "compliance-test", null, AuthorityUtils.createAuthorityList("ROLE_COMPLIANCE")));
        long merchant = merchants
                .registerApproved(
                        TestMerchants.merchant()
                                .named("Payouts test " + UUID.randomUUID(), "收款测试数商")
                                .foreign("US", "Boston")
                                .build(),
                        user)
                .id();
        new Applicants(accounts, signIn).signIn(email);
        return merchant;
    }

    @Test
    void aForeignMerchantWithoutAnAccountIsOfferedToConnectWithStripeAndGetsTheOnboardingPage() {
        long merchant = signInAsForeignMerchant();

        navigate(ConnectOnboarding.PAYOUTS_ROUTE, PayoutsView.class);

        assertThat($(Button.class).id("connect-stripe").getText()).isEqualTo("Connect with Stripe");
        String onboarding = connect.startOnboarding();
        assertThat(onboarding).contains("/setup/s/");
        assertThat(jdbc.queryForObject(
                        "select count(*) from connected_account where merchant_id = ?", Long.class, merchant))
                .isEqualTo(1);
    }

    @Test
    void payoutsNotYetEnabledShowWhatStripeNeedsInPlainWordsAndThatTheMoneyIsSafeInBothLanguages() throws Exception {
        long merchant = signInAsForeignMerchant();
        connect.startOnboarding();
        String account = jdbc.queryForObject(
                "select stripe_account_id from connected_account where merchant_id = ?", String.class, merchant);
        control("/_emulator/accounts/" + account + "/leave_due");

        UI.getCurrent().navigate(ConnectOnboarding.PAYOUTS_ROUTE, QueryParameters.simple(Map.of("connect", "return")));

        assertThat($(Span.class).id("connect-status").getText()).isEqualTo("Payouts not enabled yet");
        assertThat($(UnorderedList.class)
                        .id("connect-requirements")
                        .getElement()
                        .getTextRecursively())
                .contains("A bank account for payouts")
                .contains("An identity document");
        assertThat($(Paragraph.class).id("connect-funds-safe").getText()).contains("stay in your available balance");
        assertThat($(Button.class).id("connect-stripe").getText()).isEqualTo("Continue with Stripe");

        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(ConnectOnboarding.PAYOUTS_ROUTE, PayoutsView.class);
        assertThat($(Span.class).id("connect-status").getText()).isEqualTo("尚未开通收款");
        assertThat($(UnorderedList.class)
                        .id("connect-requirements")
                        .getElement()
                        .getTextRecursively())
                .contains("用于收款的银行账户");
    }

    @Test
    void aMainlandMerchantIsNotOfferedStripe() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);

        navigate(ConnectOnboarding.PAYOUTS_ROUTE, PayoutsView.class);

        assertThat($(Button.class).withId("connect-stripe").exists()).isFalse();
    }

    private void control(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(emulatorUrl + path))
                                .header("Authorization", "Bearer sk_test_dataport_" + database)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
