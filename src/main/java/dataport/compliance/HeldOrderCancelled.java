package dataport.compliance;

/**
 * An order held for cross-border review was cancelled because its clearance will never come.
 *
 * @param reason why: refused, expired, not-filed or more-not-filed (a compliance.hold-cancelled.* key suffix)
 */
public record HeldOrderCancelled(long orderId, String reason) {}
