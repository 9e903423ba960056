package dataport.evidence;

import java.util.List;

/**
 * What the verifier found: how many records and checkpoints it checked, the newest checkpoint, and every problem.
 *
 * @param lastCheckpoint the newest checkpoint, or null when none was signed yet
 */
public record ChainReport(long records, long checkpoints, Checkpoint lastCheckpoint, List<Problem> problems) {

    /** What can be wrong, each with the record (or checkpoint's record) it was found at. */
    public enum Kind {
        /** A sequence number is missing: records were deleted (or a record was inserted with a skipped number). */
        SEQUENCE_GAP,
        /** The record's hash is not SHA-256(previous hash + payload): its payload or hash was edited. */
        HASH_MISMATCH,
        /** The record does not link to the record before it: one was inserted, deleted or moved here. */
        PREVIOUS_HASH_MISMATCH,
        /** A column (type, certificate, time) says something other than the hashed payload. */
        COLUMN_MISMATCH,
        /** The chain ends elsewhere than its recorded head: records at the end were deleted or added past it. */
        HEAD_MISMATCH,
        /** A signed checkpoint names a hash the chain no longer has at that sequence (history was rewritten). */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature does not verify with the platform's public key. */
        CHECKPOINT_SIGNATURE_INVALID
    }

    public record Problem(Kind kind, long sequence, String detail) {}

    public boolean valid() {
        return problems.isEmpty();
    }
}
