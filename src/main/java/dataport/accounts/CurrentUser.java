package dataport.accounts;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for views and services. */
@Component
public class CurrentUser {

    /** The signed-in user, or empty for an anonymous visitor. */
    public Optional<UserRef> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.ref());
        }
        return Optional.empty();
    }

    /** The signed-in user; throws {@link org.springframework.security.access.AccessDeniedException} when anonymous. */
    public UserRef require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    public boolean hasRole(Role role) {
        return get().map(u -> u.hasRole(role)).orElse(false);
    }
}
