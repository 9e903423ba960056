package dataport.catalog;

/** The data grades of China's Data Security Law; CORE data may never be offered across the border. */
public enum DataClassification {
    PUBLIC,
    GENERAL,
    IMPORTANT,
    CORE
}
