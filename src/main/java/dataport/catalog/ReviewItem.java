package dataport.catalog;

import dataport.shared.Bilingual;
import java.time.Instant;

/** A listing waiting for staff: a first publication, or a revision of a published listing. */
public record ReviewItem(
        long id,
        Bilingual title,
        Bilingual merchantName,
        CategoryRef category,
        boolean revision,
        Instant submittedAt) {}
