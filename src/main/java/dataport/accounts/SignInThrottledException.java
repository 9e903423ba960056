package dataport.accounts;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address; refused without checking the password. */
public class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("Too many failed sign-in attempts");
    }
}
