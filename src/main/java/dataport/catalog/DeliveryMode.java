package dataport.catalog;

public enum DeliveryMode {
    API,
    FILE,
    SAAS,
    DEDICATED_LINE,
    ON_PREMISE,
    PROFESSIONAL_SERVICE
}
