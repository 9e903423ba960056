package dataport.compliance;

/** Compliance staff decided a pre-transfer assessment (APPROVED, REFUSED or MORE_REQUESTED). */
public record AssessmentDecided(long orderId, long assessmentId, String decision) {}
