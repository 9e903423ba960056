package dataport.shared;

/**
 * A cross-border routing decision as buyers read it.
 *
 * @param outcome {@code ALLOWED}, {@code NEEDS_REVIEW} or {@code BLOCKED}
 * @param mechanism the procedure a review follows (e.g. {@code SECURITY_ASSESSMENT}), {@code NONE} otherwise
 * @param note an extra sentence (a filing that covers the transfer, why payment waits), or null
 * @param actionRoute where the buyer acts on it (the assessment page), or null
 */
public record ExportNotice(
        String outcome,
        String ruleCode,
        String mechanism,
        Bilingual reason,
        Bilingual legalBasis,
        Bilingual note,
        String actionRoute) {

    public boolean blocked() {
        return "BLOCKED".equals(outcome);
    }

    public boolean needsReview() {
        return "NEEDS_REVIEW".equals(outcome);
    }
}
