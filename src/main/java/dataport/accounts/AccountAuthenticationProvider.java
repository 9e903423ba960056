package dataport.accounts;

import dataport.merchants.MerchantService;
import dataport.shared.RateLimit;
import dataport.shared.RateLimitedException;
import dataport.shared.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs users in with e-mail and password: refuses a network over its {@link RateLimit#SIGN_IN} budget and while
 * {@link SignInThrottle} says so, checks the password
 * (Spring's provider, which also evens out timing for unknown addresses), and only then tells an unverified user to
 * verify, so that message never reveals an account to someone without its password.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(AccountAuthenticationProvider.class);

    private final SignInThrottle throttle;
    private final RateLimits rateLimits;
    private final DaoAuthenticationProvider passwordCheck;

    AccountAuthenticationProvider(
            Users users,
            MerchantService merchants,
            PasswordEncoder passwords,
            SignInThrottle throttle,
            RateLimits rateLimits) {
        this.throttle = throttle;
        this.rateLimits = rateLimits;
        this.passwordCheck = new DaoAuthenticationProvider(email -> load(users, merchants, email)) {
            @Override
            protected void additionalAuthenticationChecks(
                    UserDetails user, UsernamePasswordAuthenticationToken authentication) {
                super.additionalAuthenticationChecks(user, authentication);
                if (user instanceof SignedInUser signedIn && !signedIn.isEmailVerified()) {
                    throw new EmailNotVerifiedException(signedIn.getUsername());
                }
            }
        };
        passwordCheck.setPasswordEncoder(passwords);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        try {
            rateLimits.check(RateLimit.SIGN_IN, address);
        } catch (RateLimitedException limited) {
            throw new SignInRateLimitedException();
        }
        if (throttle.isBlocked(account, address)) {
            throw new SignInThrottledException();
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.succeeded(account);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Not in a transaction on purpose: the merchant look-up runs its own, and a failure there must not mark ours
     * rollback-only.
     */
    private static UserDetails load(Users users, MerchantService merchants, String email) {
        User user = users.findByEmail(User.normalizeEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        boolean merchant = isMerchant(merchants, user.getId());
        return new SignedInUser(user.toRef(merchant), user.getPasswordHash(), user.isEmailVerified());
    }

    private static boolean isMerchant(MerchantService merchants, long userId) {
        return merchants.findForMember(userId).isPresent();
    }
}
