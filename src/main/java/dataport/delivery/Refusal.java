package dataport.delivery;

/** Why a download is refused; each has a translated message ({@code delivery.refused.<name>}) and an HTTP status. */
public enum Refusal {
    /** The link was changed (or made up): its signature does not match. */
    TAMPERED(403),
    /** The link is older than its lifetime: the purchase page gives a fresh one. */
    EXPIRED(410),
    /** The order's downloads are used up. */
    USED_UP(410),
    /** The subscription's access has ended. */
    ACCESS_ENDED(410),
    /** Not signed in: the buyer must sign in with the account that bought it. */
    SIGN_IN(401),
    /** Signed in, but not as this order's buyer. */
    NOT_YOURS(403);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return "delivery.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
