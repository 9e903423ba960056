package dataport.audit;

import java.time.Instant;

/** An audit event as the staff page shows it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String before,
        String after) {}
