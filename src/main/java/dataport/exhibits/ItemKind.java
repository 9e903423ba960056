package dataport.exhibits;

/** What an exhibit item points at. */
public enum ItemKind {
    LISTING,
    MERCHANT
}
