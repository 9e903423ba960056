package dataport.catalog;

/** A published listing's pending edit: being written by the merchant, or waiting for staff. */
public enum RevisionState {
    DRAFT,
    IN_REVIEW
}
