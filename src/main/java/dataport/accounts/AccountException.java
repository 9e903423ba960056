package dataport.accounts;

/**
 * A request the accounts module refuses for a reason the user can fix; {@code messageKey} is the translation key of
 * the explanation, {@code field} the form field it belongs to (null when it is about the whole form).
 */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountException(String field, String messageKey) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
