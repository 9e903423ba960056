package dataport.catalog;

public enum PricingModel {
    ONE_OFF,
    SUBSCRIPTION,
    USAGE,
    QUOTE
}
