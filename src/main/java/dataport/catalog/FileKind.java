package dataport.catalog;

/** What a listing's uploaded file is for. */
public enum FileKind {
    IMAGE,
    SAMPLE
}
