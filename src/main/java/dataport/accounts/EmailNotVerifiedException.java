package dataport.accounts;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right, but the address is not verified yet; thrown only after the password check. */
public class EmailNotVerifiedException extends AccountStatusException {

    private final String email;

    EmailNotVerifiedException(String email) {
        super("E-mail address not verified");
        this.email = email;
    }

    /** The address the visitor signed in with, so the login page can offer to mail the link again. */
    public String email() {
        return email;
    }
}
