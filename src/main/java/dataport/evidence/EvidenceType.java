package dataport.evidence;

/** What a record in the evidence chain attests. */
public enum EvidenceType {
    /** The buyer placed the order: the purchase as frozen at checkout. */
    ORDER_AGREED,
    /** The cross-border rules routed the order (outcome, rule, mechanism, legal basis). */
    ORDER_ROUTED,
    /** Compliance staff decided the pre-transfer assessment. */
    ASSESSMENT_DECIDED,
    /** The payment provider confirmed the payment. */
    PAYMENT_CONFIRMED,
    /** The merchant (or DataPort, for files and API access) delivered, with the SHA-256 of a delivered file. */
    DELIVERED,
    /** The buyer started a download of the delivered file. */
    DOWNLOADED,
    /** The buyer accepted delivery. */
    ACCEPTED,
    /** Money went back to the buyer. */
    REFUNDED,
    /** An order held for cross-border review was cancelled: its clearance will never come (reason in the payload). */
    ORDER_CANCELLED
}
