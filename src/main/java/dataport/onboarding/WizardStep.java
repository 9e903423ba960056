package dataport.onboarding;

/** The steps of the onboarding wizard, in order; the application remembers the furthest one reached. */
public enum WizardStep {
    ORGANISATION,
    DOCUMENTS,
    ASSESSMENT,
    TERMS,
    REVIEW;

    public WizardStep next() {
        return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    public WizardStep previous() {
        return this == ORGANISATION ? ORGANISATION : values()[ordinal() - 1];
    }
}
