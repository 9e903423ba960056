package dataport.catalog;

public enum ListingStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    SUSPENDED,
    ARCHIVED
}
