package dataport.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records staff decisions in the caller's transaction; entries are never changed or deleted. */
@Service
public class AuditService {

    /** The actor of work nobody signed in for: start-up jobs, demo data, scheduled tasks. */
    public static final String SYSTEM = "system";

    /** Staff dates are the park's calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final AuditEvents events;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;

    AuditService(AuditEvents events, Clock clock, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.events = events;
        this.clock = clock;
        // The strategy bean, as method security uses it: the static holder's strategy is global to the JVM and may
        // belong to another application context (several test contexts replace it, Vaadin installs its own).
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Records a decision in the caller's transaction (MANDATORY: there must be one), so the decision and its entry
     * commit or roll back together. The actor is the signed-in user's name, or {@value #SYSTEM}.
     *
     * @param action what was decided, e.g. {@code merchant-application.approved}
     * @param subjectType what it was about, e.g. {@code merchant-application}
     * @param subjectId which one
     * @param before its state before, as short text or JSON (may be null)
     * @param after its state after, as short text or JSON (may be null)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, String subjectId, String before, String after) {
        events.save(new AuditEvent(clock.instant(), currentActor(), action, subjectType, subjectId, before, after));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMPLIANCE','ADMIN')")
    public List<AuditEntry> find(AuditFilter filter, int page, int pageSize) {
        Query q = Query.of(filter);
        return events
                .find(q.actor, q.action, q.subjectType, q.subjectId, q.from, q.until, PageRequest.of(page, pageSize))
                .stream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMPLIANCE','ADMIN')")
    public long count(AuditFilter filter) {
        Query q = Query.of(filter);
        return events.count(q.actor, q.action, q.subjectType, q.subjectId, q.from, q.until);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMPLIANCE','ADMIN')")
    public List<String> subjectTypes() {
        return events.subjectTypes();
    }

    /** Whether the signed-in user holds the role ({@code COMPLIANCE}, not {@code ROLE_COMPLIANCE}). */
    public boolean currentUserHasRole(String role) {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    /** The name decisions are recorded under: the signed-in user's, or {@value #SYSTEM}. */
    public String currentActor() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()
                || authentication.getName() == null
                || authentication.getName().isBlank()) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    private record Query(
            String actor, String action, String subjectType, String subjectId, Instant from, Instant until) {

        static Query of(AuditFilter f) {
            return new Query(
                    blankToNull(f.actor()),
                    blankToNull(f.action()),
                    blankToNull(f.subjectType()),
                    blankToNull(f.subjectId()),
                    startOf(f.from(), f.zone()),
                    f.to() == null ? null : startOf(f.to().plusDays(1), f.zone()));
        }

        private static Instant startOf(LocalDate day, ZoneId zone) {
            return day == null
                    ? null
                    : day.atStartOfDay(zone == null ? ZONE : zone).toInstant();
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
