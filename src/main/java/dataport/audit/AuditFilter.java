package dataport.audit;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the staff page narrows the trail to; null or blank parts match everything. Actor and action match by
 * substring, subject type and id exactly; the dates are calendar days in {@code zone} (the reader's, as the page
 * shows the times in it), both included.
 */
public record AuditFilter(
        String actor, String action, String subjectType, String subjectId, LocalDate from, LocalDate to, ZoneId zone) {

    /** Days in the park's zone, Asia/Shanghai. */
    public AuditFilter(
            String actor, String action, String subjectType, String subjectId, LocalDate from, LocalDate to) {
        this(actor, action, subjectType, subjectId, from, to, AuditService.ZONE);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
