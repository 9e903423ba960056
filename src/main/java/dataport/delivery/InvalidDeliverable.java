package dataport.delivery;

/** A deliverable the server refuses; {@link #messageKey()} names the translated reason (with the size limit in MB). */
public class InvalidDeliverable extends RuntimeException {

    private final String messageKey;

    InvalidDeliverable(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
