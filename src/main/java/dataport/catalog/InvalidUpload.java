package dataport.catalog;

/**
 * An upload the server refuses; {@link #messageKey()} says why, {@link #limitMegabytes()} is the number its message
 * names (the size limit in MB, or for "too many images" the most a listing may show).
 */
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
