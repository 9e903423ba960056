package dataport.onboarding;

/** An invitation that cannot be used or changed (expired, revoked, used, another address); the key says why. */
public class ClaimRefused extends RuntimeException {

    private final String messageKey;

    public ClaimRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Translation key of the reason, in the onboarding bundle. */
    public String messageKey() {
        return messageKey;
    }
}
