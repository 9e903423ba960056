package dataport.quotes;

/** Who wrote an entry of a thread; SYSTEM for the steps nobody typed (an offer expired). */
public enum ThreadSide {
    BUYER,
    MERCHANT,
    SYSTEM
}
