package dataport.catalog;

import java.util.List;

/**
 * A listing as its editor opens it: the content to edit (a published listing's pending revision when it has one),
 * the version the save must match, where it stands in review, staff's last comment and the uploaded files.
 */
public record ListingEdit(
        long id,
        long version,
        ListingStatus status,
        RevisionState revisionState,
        String reviewComment,
        ListingContent content,
        List<ListingFileInfo> files) {

    /** Whether the merchant may change it now (not while staff are looking at it, not once archived). */
    public boolean isEditable() {
        return (status == ListingStatus.DRAFT || status == ListingStatus.PUBLISHED)
                && revisionState != RevisionState.IN_REVIEW;
    }

    public boolean isSubmittable() {
        return status == ListingStatus.DRAFT
                || (status == ListingStatus.PUBLISHED && revisionState == RevisionState.DRAFT);
    }
}
