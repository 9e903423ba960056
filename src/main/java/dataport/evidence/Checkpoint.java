package dataport.evidence;

import java.time.Instant;

/** A signed statement that the chain's record {@code sequence} had hash {@code hash} at {@code signedAt}. */
public record Checkpoint(long id, long sequence, String hash, Instant signedAt, String signature) {

    /** The exact bytes signed (UTF-8): anyone holding the public key and a checkpoint can check it with any tool. */
    public String message() {
        return "DataPort evidence checkpoint\nseq=" + sequence + "\nhash=" + hash + "\nsigned_at=" + signedAt + "\n";
    }
}
