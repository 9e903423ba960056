package dataport.accounts;

import org.springframework.security.core.AuthenticationException;

/** Which translated message the login page shows for a failed sign-in. */
public final class SignInProblems {

    private SignInProblems() {}

    /** The key prefix of the message: {@code <prefix>.title} and {@code <prefix>.message}. */
    public static String messageKey(AuthenticationException failure) {
        if (failure instanceof SignInRateLimitedException) {
            return "accounts.login.error.rate-limited";
        }
        if (failure instanceof SignInThrottledException) {
            return "accounts.login.error.throttled";
        }
        if (failure instanceof EmailNotVerifiedException) {
            return "accounts.login.error.unverified";
        }
        return "accounts.login.error.credentials";
    }
}
