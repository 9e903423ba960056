package dataport.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.UserSummary;
import dataport.audit.AuditEntry;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.mail.MailService;
import dataport.mail.MailSummary;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;

/** Staff invite someone to claim an imported merchant; they accept, apply as usual, and on approval own it. */
@IntegrationTest
class MerchantClaimsTest {

    static final Pattern TOKEN = Pattern.compile("claim\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MerchantClaims claims;

    @Autowired
    OnboardingService onboarding;

    @Autowired
    MerchantService merchants;

    @Autowired
    MailService mail;

    @Autowired
    AuditService audit;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    Applicants applicants;
    MerchantSummary imported;

    @BeforeEach
    void anAdminImportedAMerchant() {
        applicants = new Applicants(accounts, signIn);
        applicants.signIn(Applicants.ADMIN);
        imported = merchants.findOrRegisterProvider("数据交易所卖家" + System.nanoTime(), "CN");
    }

    @AfterEach
    void signOut() {
        Applicants.signOut();
    }

    /** The token in the newest invitation mail to {@code email} (read as ADMIN, as /admin/mail shows it). */
    String mailedToken(String email) {
        applicants.signIn(Applicants.ADMIN);
        MailSummary invitation = mail.list(PageRequest.of(0, 50)).stream()
                .filter(m -> m.recipient().equalsIgnoreCase(email))
                .findFirst()
                .orElseThrow();
        assertThat(invitation.subject()).contains("Claim").contains("认领");
        Matcher token = TOKEN.matcher(invitation.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void theInvitedPersonAcceptsAppliesWithTheMerchantsDetailsAndBecomesItsOwnerOnApproval() {
        UserSummary invited = applicants.newUser();
        UserSummary someoneElse = applicants.newUser();
        long merchantsBefore = merchants.count();
        claims.invite(imported.id(), invited.email().toUpperCase());
        String token = mailedToken(invited.email());
        assertThat(claims.preview(token))
                .hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(ClaimState.OPEN));

        applicants.signIn(someoneElse.email());
        assertThatThrownBy(() -> claims.accept(token))
                .isInstanceOfSatisfying(
                        ClaimRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("onboarding.claim.refused.other-address"));

        applicants.signIn(invited.email());
        claims.accept(token);
        assertThatThrownBy(() -> claims.accept(token))
                .isInstanceOfSatisfying(
                        ClaimRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("onboarding.claim.refused.accepted"));
        ApplicationDetails application = onboarding.mine().orElseThrow();
        assertThat(application.organisation().legalNameZh())
                .isEqualTo(imported.name().zh());
        assertThat(application.organisation().countryCode()).isEqualTo("CN");

        Organisation completed = new Organisation(
                application.organisation().origin(),
                "CN",
                imported.name().zh(),
                "Exchange Seller Ltd",
                Applicants.USCC,
                "https://seller.example.cn",
                "Wang Fang",
                "wang.fang@example.cn",
                "+86 21 5555 0199");
        ApplicationDetails submitted = Applicants.submitComplete(onboarding, completed);
        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails inReview = onboarding.startReview(submitted.id(), submitted.version());
        onboarding.approve(inReview.id(), inReview.version());

        assertThat(merchants.memberIds(imported.id())).containsExactly(invited.id());
        assertThat(merchants.findForMember(invited.id()))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(imported.id()));
        assertThat(merchants.count()).as("no second merchant").isEqualTo(merchantsBefore);
        List<AuditEntry> trail = audit.find(
                new AuditFilter(null, "merchant.claim", "merchant", String.valueOf(imported.id()), null, null), 0, 10);
        assertThat(trail)
                .extracting(AuditEntry::action)
                .contains("merchant.claim-invited", "merchant.claim-accepted", "merchant.claimed");
    }

    @Test
    void aRevokedInvitationCannotBeAcceptedAndAClaimedMerchantTakesNoMoreInvitations() {
        UserSummary invited = applicants.newUser();
        ClaimInvitationInfo sent = claims.invite(imported.id(), invited.email());
        String token = mailedToken(invited.email());

        claims.revoke(sent.id());

        assertThat(claims.invitations(imported.id()))
                .singleElement()
                .satisfies(i -> assertThat(i.state()).isEqualTo(ClaimState.REVOKED));
        applicants.signIn(invited.email());
        assertThatThrownBy(() -> claims.accept(token))
                .isInstanceOfSatisfying(
                        ClaimRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("onboarding.claim.refused.revoked"));
        applicants.signIn(Applicants.ADMIN);
        long claimed = merchants.findBySlug("harbour-data").orElseThrow().id();
        assertThatThrownBy(() -> claims.invite(claimed, "x@example.com"))
                .isInstanceOfSatisfying(
                        ClaimRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("onboarding.claim.refused.claimed"));
        assertThatThrownBy(() -> claims.invite(imported.id(), "not an address"))
                .isInstanceOfSatisfying(
                        ClaimRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("onboarding.claim.invalid-email"));
    }

    @Test
    void anInvitationExpiresAfterFourteenDays() {
        Instant sent = Instant.parse("2026-12-01T00:00:00Z");
        ClaimInvitation invitation = new ClaimInvitation(
                1L, "a@example.com", MerchantClaims.hash("t"), 1L, sent, sent.plus(MerchantClaims.VALID_FOR));

        assertThat(invitation.state(sent.plus(Duration.ofDays(13)))).isEqualTo(ClaimState.OPEN);
        assertThat(invitation.state(sent.plus(Duration.ofDays(14)))).isEqualTo(ClaimState.EXPIRED);
        assertThatThrownBy(() -> invitation.accept(2L, "a@example.com", sent.plus(Duration.ofDays(15))))
                .isInstanceOfSatisfying(
                        ClaimRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("onboarding.claim.refused.expired"));
    }
}
