package dataport.accounts;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import dataport.merchants.MerchantService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for views and services. */
@Component
public class CurrentUser {

    private final Users users;
    private final MerchantService merchants;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentUser(Users users, MerchantService merchants) {
        this.users = users;
        this.merchants = merchants;
    }

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

    /**
     * Reloads the signed-in user's roles from the database and, when they changed (e.g. compliance approved their
     * merchant application since they signed in, or suspended their merchant), replaces the session's
     * authentication, so the new roles apply from this request on without signing out and in again. For code running
     * in a Vaadin request; {@link RoleRefreshFilter} does the same for every request now and then.
     *
     * @return whether the roles changed
     */
    public boolean refresh() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        return refresh(
                request == null ? null : request.getHttpServletRequest(),
                response == null ? null : response.getHttpServletResponse());
    }

    /**
     * {@link #refresh()} for a servlet request. The new context goes into the thread's holder (Vaadin's strategy)
     * and, with a request, into its HTTP session under {@link
     * HttpSessionSecurityContextRepository#SPRING_SECURITY_CONTEXT_KEY}, where the next request's
     * {@code SecurityContextHolderFilter} and Vaadin's background access find it.
     */
    boolean refresh(HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Authentication current = holder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof SignedInUser signedIn)) {
            return false;
        }
        UserRef before = signedIn.ref();
        Optional<User> user = users.findById(before.id());
        if (user.isEmpty()) {
            return false;
        }
        boolean merchant = merchants.findForMember(before.id()).isPresent();
        UserRef now = user.get().toRef(merchant);
        if (now.roles().equals(before.roles())) {
            return false;
        }
        SignedInUser refreshed = new SignedInUser(now, null, user.get().isEmailVerified());
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities());
        authentication.setDetails(current.getDetails());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        if (request != null && response != null) {
            sessions.saveContext(context, request, response);
        }
        return true;
    }
}
