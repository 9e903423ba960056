package dataport.accounts;

import org.springframework.security.core.AuthenticationException;

/** Too many sign-in attempts from one network in a short time, right or wrong; refused without checking anything. */
public class SignInRateLimitedException extends AuthenticationException {

    SignInRateLimitedException() {
        super("Too many sign-in attempts from this address");
    }
}
