package dataport.onboarding;

/** Kinds of data a merchant trades, for the self-assessment. */
public enum DataCategory {
    BUSINESS,
    FINANCIAL,
    CONSUMER,
    GEOSPATIAL,
    HEALTH,
    INDUSTRIAL,
    TRANSPORT,
    SCIENTIFIC,
    MEDIA,
    PUBLIC_SECTOR,
    OTHER
}
