package dataport.onboarding;

/** Where an invitation to claim a merchant stands. */
public enum ClaimState {
    OPEN,
    ACCEPTED,
    EXPIRED,
    REVOKED
}
