package dataport.catalog;

public enum UpdateFrequency {
    REAL_TIME,
    HOURLY,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY,
    /** Updated now and then, on no fixed schedule (as Chinese data exchanges publish 不定期). */
    IRREGULAR,
    ON_DEMAND,
    STATIC
}
