package dataport.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.UserSummary;
import dataport.mail.MailService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.onboarding.Applicants;
import dataport.onboarding.MerchantClaims;
import dataport.onboarding.OnboardingService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;

/** The page an invitation's link opens: a visitor is asked to sign in; the invited user accepts and applies. */
@IntegrationTest
class ClaimViewTest extends SpringBrowserlessTest {

    @Autowired
    MerchantClaims claims;

    @Autowired
    MerchantService merchants;

    @Autowired
    OnboardingService onboarding;

    @Autowired
    MailService mail;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    Applicants applicants;
    MerchantSummary imported;
    UserSummary invited;
    String token;

    @BeforeEach
    void anInvitationWasSent() {
        applicants = new Applicants(accounts, signIn);
        invited = applicants.newUser();
        applicants.signIn(Applicants.ADMIN);
        imported = merchants.findOrRegisterProvider("认领页面卖家" + System.nanoTime(), "CN");
        claims.invite(imported.id(), invited.email());
        String body = mail.list(PageRequest.of(0, 20)).stream()
                .filter(m -> m.recipient().equalsIgnoreCase(invited.email()))
                .findFirst()
                .orElseThrow()
                .body();
        Matcher m = Pattern.compile("claim\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).isTrue();
        token = m.group(1);
        Applicants.signOut();
    }

    @AfterEach
    void signOut() {
        Applicants.signOut();
    }

    private void open(String tokenInLink) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("claim", com.vaadin.flow.router.QueryParameters.of("token", tokenInLink));
        assertThat(getCurrentView()).isInstanceOf(ClaimView.class);
    }

    @Test
    void aVisitorIsAskedToSignInWithTheInvitedAddress() {
        open(token);

        assertThat($(Paragraph.class).id("claim-lead").getText())
                .contains(imported.name().zh());
        assertThat($(Paragraph.class).id("claim-message").getText()).contains(invited.email());
        assertThat($(Anchor.class).id("claim-login").getHref()).isEqualTo("login");
        assertThat($(Anchor.class).id("claim-signup").getHref()).isEqualTo("signup");
    }

    @Test
    void theInvitedUserAcceptsAndContinuesToTheApplicationFilledInFromTheMerchant() {
        applicants.signIn(invited.email());
        open(token);

        test($(Button.class).id("claim-accept")).click();

        assertThat(getCurrentView()).isInstanceOf(OnboardingView.class);
        assertThat(onboarding.mine().orElseThrow().organisation().legalNameZh())
                .isEqualTo(imported.name().zh());
    }

    @Test
    void anUnknownTokenIsSaidSo() {
        open("nonsense");

        assertThat($(Paragraph.class).id("claim-message").getText()).contains("does not exist");
    }
}
