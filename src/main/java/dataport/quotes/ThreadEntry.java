package dataport.quotes;

import java.time.Instant;

/**
 * One entry of a thread as readers see it.
 *
 * @param offer the offer as it was sent, for an OFFER entry; null otherwise
 * @param attachment the attached file's name and size; null when none
 */
public record ThreadEntry(
        long id, ThreadSide side, EntryKind kind, String body, PrivateOffer offer, Attachment attachment, Instant at) {

    public record Attachment(String fileName, int size) {}
}
