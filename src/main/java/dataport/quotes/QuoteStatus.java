package dataport.quotes;

/** Where a request for a quote stands. OPEN: no offer yet; OFFERED: an offer awaits the buyer. */
public enum QuoteStatus {
    OPEN,
    OFFERED,
    ACCEPTED,
    DECLINED,
    EXPIRED;

    /** Whether the merchant still has something to do or the buyer something to decide. */
    public boolean isActive() {
        return this == OPEN || this == OFFERED;
    }
}
