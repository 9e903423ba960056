package dataport.shared;

import java.util.Optional;

/**
 * The cross-border check of an order line, contributed by the compliance module as a Spring bean, so catalog and
 * orders can show and obey it without depending on compliance. With no bean, nothing is routed.
 */
public interface ExportGate {

    /** ISO code of mainland China: a buyer there is not an export. */
    String MAINLAND = "CN";

    /** Whether data sent to this destination leaves mainland China (Hong Kong, Macao and Taiwan do). */
    static boolean isExport(String destinationCountry) {
        return destinationCountry != null && !destinationCountry.isBlank() && !MAINLAND.equals(destinationCountry);
    }

    /**
     * What the rules would decide for the listing bought by the signed-in user (if any) from {@code destination}; a
     * null destination means "a buyer outside mainland China" (the listing page). Empty when not an export.
     */
    Optional<ExportNotice> preview(long listingId, String destination);

    /**
     * Routes a just-placed order in the caller's transaction and records the decision. The caller refuses the order
     * when the outcome is BLOCKED (its rollback takes the record with it) and holds payment on NEEDS_REVIEW.
     */
    ExportNotice route(long orderId, long listingId, long buyerUserId, String buyerEmail, String destination);

    /** Why the order may not be paid yet (review pending, refused, expired, conditions not accepted), or empty. */
    Optional<ExportNotice> paymentHold(long orderId);
}
