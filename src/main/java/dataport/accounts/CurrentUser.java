package dataport.accounts;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for views and services. */
@Component
public class CurrentUser {

    /** The signed-in user, or empty for an anonymous visitor. */
    public Optional<UserRef> get() {
        throw new UnsupportedOperationException("accounts: not implemented yet");
    }

    /** The signed-in user; throws {@link org.springframework.security.access.AccessDeniedException} when anonymous. */
    public UserRef require() {
        throw new UnsupportedOperationException("accounts: not implemented yet");
    }

    public boolean hasRole(Role role) {
        return get().map(u -> u.hasRole(role)).orElse(false);
    }
}
