package dataport.settlement.internal.bank;

import java.util.List;

/**
 * A bank file that cannot be written or read. {@link #messageKey()} is a translation key (bundle
 * {@code settlement-bank}) and {@link #params()} its parameters, so pages show the problem in the reader's language.
 */
public class BankFileException extends RuntimeException {

    private final String messageKey;
    private final List<Object> params;

    public BankFileException(String messageKey, Throwable cause, Object... params) {
        super(messageKey + " " + List.of(params), cause);
        this.messageKey = messageKey;
        this.params = List.of(params);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.toArray();
    }
}
