package dataport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantService.NewMerchant;
import dataport.merchants.Origin;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A session signed in before its user became a merchant gains the role on a request, at most every half minute. */
@IntegrationTest
@WithMockUser(roles = "COMPLIANCE") // registering the merchant below is a compliance decision
class RoleRefreshFilterTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAuthenticationProvider signIn;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MerchantService merchants;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionCheckedLongerAgoThanTheIntervalGetsTheRolesTheUserHasNow() throws Exception {
        MockHttpSession session = staleMerchantSession();
        session.setAttribute(RoleRefreshFilter.CHECKED_AT, NOW.minus(RoleRefreshFilter.INTERVAL));

        run(session);

        assertThat(authorities(SecurityContextHolder.getContext().getAuthentication()))
                .contains(Role.MERCHANT.authority());
        SecurityContext stored = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(authorities(stored.getAuthentication())).contains(Role.MERCHANT.authority());
        assertThat(session.getAttribute(RoleRefreshFilter.CHECKED_AT)).isEqualTo(NOW);
    }

    @Test
    void aSessionCheckedWithinTheIntervalIsLeftAlone() throws Exception {
        MockHttpSession session = staleMerchantSession();
        Instant recently = NOW.minusSeconds(5);
        session.setAttribute(RoleRefreshFilter.CHECKED_AT, recently);

        run(session);

        assertThat(authorities(SecurityContextHolder.getContext().getAuthentication()))
                .doesNotContain(Role.MERCHANT.authority());
        assertThat(session.getAttribute(RoleRefreshFilter.CHECKED_AT)).isEqualTo(recently);
    }

    @Test
    void theFirstRequestOfASessionOnlyStartsTheClock() throws Exception {
        MockHttpSession session = staleMerchantSession();

        run(session);

        assertThat(authorities(SecurityContextHolder.getContext().getAuthentication()))
                .doesNotContain(Role.MERCHANT.authority());
        assertThat(session.getAttribute(RoleRefreshFilter.CHECKED_AT)).isEqualTo(NOW);
    }

    /** A user signed in as a buyer, then made the owner of an approved merchant. */
    private MockHttpSession staleMerchantSession() {
        String email = "refresh-" + System.nanoTime() + "@example.com";
        UserSummary user = accounts.createVerified(
                new NewAccount(email, "Refresh Test", "long enough password 1", Languages.ENGLISH));
        Authentication buyer = signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "long enough password 1"));
        merchants.registerApproved(
                new NewMerchant(
                        null, Bilingual.of("Refresh Ltd", null), Origin.FOREIGN, "SG", null, null, null, null, null),
                user.id());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(buyer);
        SecurityContextHolder.setContext(context);
        assertThat(authorities(buyer)).doesNotContain(Role.MERCHANT.authority());
        return new MockHttpSession();
    }

    private void run(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        new RoleRefreshFilter(currentUser, Clock.fixed(NOW, ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static java.util.List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }
}
