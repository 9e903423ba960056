package dataport.delivery;

import java.time.Instant;

/** A deliverable file as merchants and buyers see it: name, type, size and the SHA-256 to verify the copy by. */
public record DeliverableInfo(
        long id, long listingId, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {}
