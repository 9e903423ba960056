package dataport.orders;

/** Checkout cannot go on; the reason has a translated message ({@link #messageKey()}) for the buyer. */
public class CheckoutRefused extends RuntimeException {

    public enum Reason {
        /** The listing changed (new version or price) since the page showed it. */
        STALE_LISTING,
        /** The listing is no longer on sale. */
        NOT_ON_SALE,
        NO_SUCH_PLAN,
        QUOTE_ONLY,
        QUANTITY,
        /** A currency checkout does not take (three decimals). */
        CURRENCY,
        /** The payment provider cannot be reached now. */
        PAYMENTS_UNAVAILABLE,
        /** A merchant buying its own listing. */
        OWN_LISTING,
        /** The cross-border rules block this listing for the buyer's destination. */
        EXPORT_BLOCKED,
        /** Payment waits for the order's cross-border review (pre-transfer assessment). */
        AWAITING_CLEARANCE
    }

    private final Reason reason;

    public CheckoutRefused(Reason reason) {
        super("Checkout refused: " + reason);
        this.reason = reason;
    }

    public CheckoutRefused(Reason reason, Throwable cause) {
        super("Checkout refused: " + reason, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "orders.checkout.refused."
                + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
