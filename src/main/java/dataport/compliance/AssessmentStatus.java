package dataport.compliance;

/** Where a pre-transfer assessment stands: FILED → APPROVED | REFUSED | MORE_REQUESTED (→ FILED again). */
public enum AssessmentStatus {
    FILED,
    MORE_REQUESTED,
    APPROVED,
    REFUSED
}
