package dataport.quotes;

/**
 * A step of a request for a quote that was refused, with the reason the reader is told ({@link #messageKey()}) and,
 * for a form, the field it concerns (null: the whole form).
 */
public class QuoteRefused extends RuntimeException {

    public enum Reason {
        REQUIRED,
        TOO_LONG,
        COUNTRY,
        NOT_ON_SALE,
        OWN_LISTING,
        NO_SUCH_PLAN,
        PRICE,
        CURRENCY,
        VALIDITY,
        STATE,
        EXPIRED,
        EMPTY_MESSAGE,
        ATTACHMENT_TOO_LARGE,
        ATTACHMENT_UNSUPPORTED,
        ATTACHMENT_MISLABELLED,
        ATTACHMENT_CORRUPT,
        STALE
    }

    private final Reason reason;
    private final String field;
    private final transient Object[] arguments;

    public QuoteRefused(Reason reason) {
        this(reason, null);
    }

    public QuoteRefused(Reason reason, String field, Object... arguments) {
        super(reason + (field == null ? "" : " (" + field + ")"));
        this.reason = reason;
        this.field = field;
        this.arguments = arguments;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String messageKey() {
        return "quotes.refused." + reason.name();
    }
}
