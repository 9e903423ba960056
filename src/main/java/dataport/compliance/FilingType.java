package dataport.compliance;

/** A filing or approval a listing's data already holds for transfers abroad. */
public enum FilingType {
    STANDARD_CONTRACT,
    SECURITY_ASSESSMENT,
    CERTIFICATION,
    ZONE_GENERAL_DATA_LIST
}
