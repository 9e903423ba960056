package dataport.catalog;

/** An upload the server refuses; {@link #messageKey()} says why, {@link #limitMegabytes()} is its size limit. */
public class InvalidUpload extends RuntimeException {

    private final String messageKey;
    private final int limitMegabytes;

    InvalidUpload(String messageKey, int limitMegabytes) {
        super(messageKey);
        this.messageKey = messageKey;
        this.limitMegabytes = limitMegabytes;
    }

    public String messageKey() {
        return messageKey;
    }

    public int limitMegabytes() {
        return limitMegabytes;
    }
}
