package dataport.audit;

import java.time.LocalDate;

/**
 * What the staff page narrows the trail to; null or blank parts match everything. Actor and action match by
 * substring, subject type and id exactly; the dates are calendar days in Asia/Shanghai, both included.
 */
public record AuditFilter(
        String actor, String action, String subjectType, String subjectId, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
