package dataport.onboarding;

/** Which cross-border data flows a merchant intends. */
public enum CrossBorderFlow {
    NONE,
    OUTBOUND,
    INBOUND,
    BOTH
}
