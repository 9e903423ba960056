package dataport.evidence;

import java.time.Instant;

/** One record of the chain as stored: what anyone may see of it (the payload names no person). */
public record EvidenceRecord(
        long sequence,
        String certificateId,
        EvidenceType type,
        Instant recordedAt,
        String payload,
        String previousHash,
        String hash) {}
