package dataport.catalog;

public enum BillingPeriod {
    MONTH,
    YEAR
}
