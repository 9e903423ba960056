package dataport.catalog;

/** What a licence lets the buyer use the data for. */
public enum LicenceUse {
    /** Only inside the buying organisation (its own analyses, operations). */
    INTERNAL,
    /** Also in products and services the buyer sells. */
    COMMERCIAL
}
