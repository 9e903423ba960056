package dataport.accounts;

/** What became of a mailed link when it was opened. */
public enum TokenOutcome {
    /** The link did its job (address verified, password changed). */
    DONE,
    /** The link was genuine but is too old; a new one can be requested. */
    EXPIRED,
    /** Unknown, already used, or meant for something else. */
    INVALID
}
