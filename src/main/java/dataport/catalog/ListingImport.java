package dataport.catalog;

import java.util.Objects;

/**
 * One row of a bulk import: a listing of merchant {@code merchantId} identified, for the next import, by its
 * {@code externalId} in the source spreadsheet or else by its {@code sourceUrl} (at least one of them, or the row can
 * only be created, never updated).
 */
public record ListingImport(String externalId, String sourceUrl, long merchantId, ListingContent content) {

    public ListingImport {
        Objects.requireNonNull(content, "content");
    }

    /** What happened to one row: created, updated, or refused with the translation key of the reason. */
    public record Outcome(Long listingId, boolean created, String refusedKey) {

        static Outcome created(long id) {
            return new Outcome(id, true, null);
        }

        static Outcome updated(long id) {
            return new Outcome(id, false, null);
        }

        static Outcome refused(String key) {
            return new Outcome(null, false, key);
        }

        public boolean refused() {
            return refusedKey != null;
        }
    }
}
