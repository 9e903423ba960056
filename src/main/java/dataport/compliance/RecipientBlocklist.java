package dataport.compliance;

import dataport.accounts.CurrentUser;
import dataport.audit.AuditService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of recipients no data may be provided to (the routing rule BLOCKED_RECIPIENT reads it): compliance staff
 * add entries and deactivate them with a reason, each change in the audit trail.
 */
@Service
public class RecipientBlocklist {

    private final BlockedRecipients blocked;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    RecipientBlocklist(BlockedRecipients blocked, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.blocked = blocked;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every entry, active ones first, newest first. */
    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public List<BlockedRecipientRow> entries() {
        return blocked.findAllForStaff().stream().map(BlockedRecipient::toRow).toList();
    }

    /** Adds an entry; refused when it has problems ({@link NewBlockedRecipient#problems()}). */
    @RolesAllowed("COMPLIANCE")
    @Transactional
    public long add(NewBlockedRecipient recipient) {
        BlockedRecipient entry = blocked.save(
                new BlockedRecipient(recipient, currentUser.require().email(), clock.instant()));
        audit.record(
                "blocked-recipient.added",
                "blocked-recipient",
                String.valueOf(entry.getId()),
                null,
                describe(recipient));
        return entry.getId();
    }

    /** Deactivates an entry read at {@code seenVersion}; refused when someone changed it since. */
    @RolesAllowed("COMPLIANCE")
    @Transactional
    public void deactivate(long id, long seenVersion, String reason) {
        BlockedRecipient entry =
                blocked.findById(id).orElseThrow(() -> new IllegalArgumentException("No blocked recipient " + id));
        if (entry.toRow().version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(BlockedRecipient.class, id);
        }
        entry.deactivate(reason, currentUser.require().email(), clock.instant());
        audit.record(
                "blocked-recipient.deactivated", "blocked-recipient", String.valueOf(id), "active", reason.strip());
    }

    /** Whether an active entry matches the buyer's e-mail address or, for a country-wide entry, the destination. */
    @Transactional(readOnly = true)
    boolean blocks(String buyerEmail, String destination) {
        return blocked.findByActiveTrue().stream().anyMatch(b -> b.matches(buyerEmail, destination));
    }

    private static String describe(NewBlockedRecipient r) {
        return r.name() + " | country=" + r.country() + " | email=" + r.email() + " | domain=" + r.emailDomain()
                + " | registration=" + r.registrationNumber() + " | reason=" + r.reason() + " | basis="
                + r.legalBasis();
    }
}
