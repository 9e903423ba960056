package dataport.delivery;

/** A delivery note or step the server refuses; {@link #messageKey()} is the translated reason shown by the field. */
public class InvalidNote extends RuntimeException {

    private final String messageKey;

    InvalidNote(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
