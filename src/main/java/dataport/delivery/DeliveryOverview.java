package dataport.delivery;

import dataport.orders.PurchasedItem;
import java.time.Instant;
import java.util.List;

/**
 * One order's delivery, as its buyer or the selling merchant sees it.
 *
 * @param entitlement what the order unlocks; null until the payment is confirmed
 * @param file the file this order delivers (FILE listings), once attached
 * @param listingFile the listing's current deliverable (merchant's view only; null for the buyer)
 * @param link a fresh signed download link (buyer's view only, while downloads are left and access is open)
 */
public record DeliveryOverview(
        PurchasedItem item,
        EntitlementView entitlement,
        DeliverableInfo file,
        DeliverableInfo listingFile,
        Link link,
        List<DownloadView> downloads,
        List<KeyView> keys,
        List<NoteView> notes) {

    /** What an order unlocks and how much of it is left. */
    public record EntitlementView(
            EntitlementKind kind,
            boolean subscription,
            boolean active,
            Instant accessEnds,
            int downloadsUsed,
            int downloadsMax) {

        public int downloadsLeft() {
            return Math.max(0, downloadsMax - downloadsUsed);
        }
    }

    /** A signed download link and when it stops working. */
    public record Link(String href, Instant expiresAt) {}

    /** An API key as listed (never the key itself): its visible prefix, dates, and whether it works now. */
    public record KeyView(String prefix, Instant createdAt, Instant expiresAt, Instant revokedAt, boolean usable) {}
}
