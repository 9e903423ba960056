package dataport.catalog;

import dataport.merchants.MerchantSummary;
import java.util.List;

/**
 * What a reviewer decides on: the proposed content, and for a revision the published content and the names of the
 * fields that changed. {@code version} must be passed back with the decision.
 */
public record ReviewCase(
        long id,
        long version,
        ListingStatus status,
        RevisionState revisionState,
        MerchantSummary merchant,
        ListingContent proposed,
        ListingContent published,
        List<String> changedFields,
        List<ListingFileInfo> files) {

    public boolean isRevision() {
        return published != null;
    }

    public boolean isAwaitingReview() {
        return status == ListingStatus.IN_REVIEW || revisionState == RevisionState.IN_REVIEW;
    }
}
