package dataport.exhibits;

/** An exhibit's lifecycle: only a PUBLISHED one is shown to buyers, and only within its schedule. */
public enum ExhibitState {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
