package dataport.delivery;

import dataport.orders.PurchasedItem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the {@link DeliveryOverview} both sides see; what differs is the link (buyer) and the listing's file. */
@Component
class DeliveryViews {

    private final Entitlements entitlements;
    private final DeliverableStore store;
    private final DownloadRecords downloads;
    private final ApiKeys keys;
    private final FulfilmentNotes notes;
    private final DownloadLinks links;
    private final Clock clock;

    DeliveryViews(
            Entitlements entitlements,
            DeliverableStore store,
            DownloadRecords downloads,
            ApiKeys keys,
            FulfilmentNotes notes,
            DownloadLinks links,
            Clock clock) {
        this.entitlements = entitlements;
        this.store = store;
        this.downloads = downloads;
        this.keys = keys;
        this.notes = notes;
        this.links = links;
        this.clock = clock;
    }

    DeliveryOverview overview(PurchasedItem item, boolean forBuyer) {
        Instant now = clock.instant();
        Entitlement e = entitlements.findByOrderId(item.orderId()).orElse(null);
        List<NoteView> noteViews = notes.findByOrderIdOrderByCreatedAtAsc(item.orderId()).stream()
                .map(FulfilmentNote::toView)
                .toList();
        DeliverableInfo listingFile =
                forBuyer ? null : store.current(item.listingId()).orElse(null);
        if (e == null) {
            return new DeliveryOverview(item, null, null, listingFile, null, List.of(), List.of(), noteViews);
        }
        DeliveryOverview.EntitlementView view = new DeliveryOverview.EntitlementView(
                e.getKind(),
                e.isSubscription(),
                e.isActiveAt(now),
                e.accessEnds(),
                e.getDownloadsUsed(),
                e.getDownloadsMax());
        DeliverableInfo file = e.getDeliverableId() == null
                ? null
                : store.find(e.getDeliverableId()).orElse(null);
        DeliveryOverview.Link link = null;
        if (forBuyer && file != null && view.active() && view.downloadsLeft() > 0) {
            DownloadLinks.DownloadLink signed = links.sign(item.orderId(), file.id());
            link = new DeliveryOverview.Link(signed.path(), signed.expiresAt());
        }
        List<DownloadView> downloadViews = downloads.findByEntitlementIdOrderByStartedAtDesc(e.getId()).stream()
                .map(DownloadRecord::toView)
                .toList();
        boolean active = view.active();
        List<DeliveryOverview.KeyView> keyViews = keys.findByEntitlementIdOrderByIdDesc(e.getId()).stream()
                .map(k -> new DeliveryOverview.KeyView(
                        k.getPrefix(),
                        k.getCreatedAt(),
                        k.getExpiresAt(),
                        k.getRevokedAt(),
                        active && k.isUsableAt(now)))
                .toList();
        return new DeliveryOverview(item, view, file, listingFile, link, downloadViews, keyViews, noteViews);
    }
}
