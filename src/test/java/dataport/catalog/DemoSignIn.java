package dataport.catalog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Signs a demo account in through the real sign-in (password, roles from the database) for service tests. */
public final class DemoSignIn {

    public static final String MERCHANT = "merchant@dataport.example";
    public static final String COMPLIANCE = "compliance@dataport.example";
    public static final String ADMIN = "admin@dataport.example";
    public static final String BUYER = "buyer@dataport.example";
    private static final String PASSWORD = "DataPort-Demo-2026!";

    private DemoSignIn() {}

    public static Authentication as(AuthenticationProvider signIn, String email) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD);
        attempt.setDetails(new WebAuthenticationDetails("10.60.0.2", null));
        Authentication authentication = signIn.authenticate(attempt);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }
}
