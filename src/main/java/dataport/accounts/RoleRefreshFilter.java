package dataport.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session's roles close to the database's: at most every {@link #INTERVAL} a signed-in session's roles are
 * reloaded ({@link CurrentUser#refresh}), so a merchant approved, a merchant suspended or a staff role granted or
 * revoked takes effect on the user's next request after that, without signing in again. Runs in the security filter
 * chain, before Vaadin checks a view's roles. Not a bean, so the servlet container does not register it a second
 * time outside the chain.
 */
final class RoleRefreshFilter extends OncePerRequestFilter {

    static final Duration INTERVAL = Duration.ofSeconds(30);
    static final String CHECKED_AT = RoleRefreshFilter.class.getName() + ".checkedAt";

    private final CurrentUser currentUser;
    private final Clock clock;

    RoleRefreshFilter(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && currentUser.get().isPresent()) {
            Instant now = clock.instant();
            if (!(session.getAttribute(CHECKED_AT) instanceof Instant checkedAt)) {
                session.setAttribute(CHECKED_AT, now); // roles just computed at sign-in
            } else if (!now.isBefore(checkedAt.plus(INTERVAL))) {
                session.setAttribute(CHECKED_AT, now);
                currentUser.refresh(request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
