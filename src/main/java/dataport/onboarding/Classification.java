package dataport.onboarding;

/** The highest data grade a merchant handles (data classification and grading, plan §15–17). */
public enum Classification {
    PUBLIC,
    GENERAL,
    IMPORTANT,
    CORE
}
