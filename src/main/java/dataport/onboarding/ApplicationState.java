package dataport.onboarding;

/** Where a merchant application stands; SUSPENDED is the later status of the merchant, owned by merchants. */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED;

    /** Whether the applicant may still change the application. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
