package dataport.compliance;

import java.time.Instant;

/**
 * An order bound abroad was routed by the cross-border rules before payment.
 *
 * @param classification the listing's data grade the rules read ({@code DataClassification} name)
 */
public record OrderRouted(
        long orderId,
        String outcome,
        String ruleCode,
        String mechanism,
        String legalBasisEn,
        String classification,
        Instant routedAt) {}
