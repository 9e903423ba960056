package dataport.catalog;

/**
 * Someone else changed the listing since it was read (another tab, another member, another reviewer): the caller's
 * change is refused instead of overwriting theirs. The UI keeps what was typed and says so.
 */
public class StaleListing extends RuntimeException {

    StaleListing(long listingId) {
        super("Listing " + listingId + " was changed meanwhile");
    }
}
