package dataport.settlement;

/** Where an order's merchant share stands. */
public enum SettlementState {
    /** Paid, held until the buyer accepts or the hold period ends. */
    PENDING,
    /** Frozen by a dispute until staff decide. */
    HELD,
    /** Moved to the merchant's available balance. */
    RELEASED,
    /** Everything the buyer paid went back. */
    REFUNDED
}
