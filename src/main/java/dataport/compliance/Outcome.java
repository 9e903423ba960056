package dataport.compliance;

/** What the routing rules say about a line bound abroad. */
public enum Outcome {
    ALLOWED,
    NEEDS_REVIEW,
    BLOCKED
}
