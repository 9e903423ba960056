package dataport.settlement;

/** A payout's state: IN_TRANSIT until the rail reports it PAID or FAILED. */
public enum PayoutStatus {
    IN_TRANSIT,
    PAID,
    FAILED
}
