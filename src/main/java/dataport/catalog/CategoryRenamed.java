package dataport.catalog;

/**
 * A category or track got a new name, which every listing in it shows; readers (the search index) reload those
 * listings. One event for the whole category, recorded in the rename's transaction.
 */
public record CategoryRenamed(String code) {}
