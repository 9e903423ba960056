package dataport.catalog;

import dataport.shared.Bilingual;
import java.time.Instant;

/** One row of a merchant's listings grid. */
public record WorkspaceRow(
        long id,
        Bilingual title,
        CategoryRef category,
        ListingStatus status,
        RevisionState revisionState,
        String reviewComment,
        Instant updatedAt,
        Instant publishedAt) {}
