package dataport.compliance;

import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * An order routed to review with its pre-transfer assessment (status null: not filed yet), as the buyer and
 * compliance staff see it.
 *
 * @param holdReason why payment still waits (a compliance.hold.* key suffix), or null when the order may be paid
 * @param holdCancelled why DataPort cancelled the held order (a compliance.hold-cancelled.* key suffix), or null
 */
public record AssessmentCase(
        Long assessmentId,
        long orderId,
        String orderNumber,
        Bilingual listingTitle,
        Bilingual merchantName,
        Money total,
        String destination,
        String ruleCode,
        Mechanism mechanism,
        Bilingual reason,
        Bilingual legalBasis,
        AssessmentStatus status,
        AssessmentAnswers answers,
        List<String> moreFields,
        String staffNote,
        String conditions,
        Instant conditionsAcceptedAt,
        String documentName,
        String documentSha256,
        Instant filedAt,
        Instant decidedAt,
        String decidedBy,
        Instant expiresAt,
        String holdReason,
        boolean orderPayable,
        String holdCancelled,
        Instant holdCancelledAt) {

    /** The buyer may (re)file: nothing filed yet, or staff asked for more. */
    public boolean fileable() {
        return status == null || status == AssessmentStatus.MORE_REQUESTED;
    }

    public boolean awaitsConditions() {
        return "conditions".equals(holdReason);
    }
}
