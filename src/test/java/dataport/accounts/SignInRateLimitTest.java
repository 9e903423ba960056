package dataport.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import dataport.shared.RateLimits;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class SignInRateLimitTest {

    private final RateLimits limits =
            new RateLimits(new MockEnvironment().withProperty("dataport.rate-limits.sign-in", "2/PT1M"));
    private final AccountAuthenticationProvider provider = new AccountAuthenticationProvider(
            mock(Users.class),
            null,
            PasswordEncoderFactories.createDelegatingPasswordEncoder(),
            new SignInThrottle(Clock.systemUTC()),
            limits);

    @Test
    void aNetworkOverItsSignInBudgetIsRefusedBeforeAnyPasswordIsChecked() {
        for (int i = 0; i < 2; i++) {
            // Different accounts each time, so the failed-sign-in throttle (5 per account) never trips.
            assertThatThrownBy(() -> provider.authenticate(attempt("guess" + Math.random() + "@example.com")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> provider.authenticate(attempt("another@example.com")))
                .isInstanceOf(SignInRateLimitedException.class)
                .satisfies(refused -> assertThat(SignInProblems.messageKey((SignInRateLimitedException) refused))
                        .isEqualTo("accounts.login.error.rate-limited"));
    }

    private static UsernamePasswordAuthenticationToken attempt(String email) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, "not the password");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
