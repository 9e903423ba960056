package dataport.compliance;

import java.time.Instant;

/** One entry of the blocked-recipients list as staff read it. */
public record BlockedRecipientRow(
        long id,
        long version,
        String name,
        String country,
        String email,
        String emailDomain,
        String registrationNumber,
        String reason,
        String legalBasis,
        Instant createdAt,
        String createdBy,
        boolean active,
        Instant deactivatedAt,
        String deactivatedBy,
        String deactivationReason) {}
