package dataport.catalog;

/** The merchant grid's filter: a status (null for any) and text in either title (blank for any). */
public record WorkspaceFilter(ListingStatus status, String text) {

    public static WorkspaceFilter none() {
        return new WorkspaceFilter(null, null);
    }
}
