package dataport.compliance;

import java.time.Instant;

/**
 * Compliance staff decided a pre-transfer assessment (APPROVED, REFUSED or MORE_REQUESTED).
 *
 * @param filedAt when the buyer filed (or last re-filed) what was decided on; null if never filed
 */
public record AssessmentDecided(long orderId, long assessmentId, String decision, Instant filedAt, Instant decidedAt) {}
