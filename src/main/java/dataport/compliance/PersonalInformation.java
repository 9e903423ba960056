package dataport.compliance;

/** The personal information a listing's data holds. */
public enum PersonalInformation {
    NONE,
    NON_SENSITIVE,
    SENSITIVE
}
