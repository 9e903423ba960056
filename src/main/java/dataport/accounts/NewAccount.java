package dataport.accounts;

import java.util.Locale;

/** What a visitor types into the sign-up form. */
public record NewAccount(String email, String displayName, String password, Locale locale) {

    @Override
    public String toString() {
        return "NewAccount[" + email + "]"; // never the password, not even in a log line
    }
}
