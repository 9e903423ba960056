package dataport.compliance;

/** An order bound abroad was routed by the cross-border rules before payment. */
public record OrderRouted(long orderId, String outcome, String ruleCode, String mechanism, String legalBasisEn) {}
