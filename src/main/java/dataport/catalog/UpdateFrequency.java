package dataport.catalog;

public enum UpdateFrequency {
    REAL_TIME,
    HOURLY,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    ON_DEMAND,
    STATIC
}
