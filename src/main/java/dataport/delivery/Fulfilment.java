package dataport.delivery;

import dataport.accounts.CurrentUser;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.orders.PurchasedItem;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's side of one order: what to deliver, what the buyer downloaded, and marking it delivered with a
 * note. Only members of the selling merchant see or change it (the orders module answers who they are).
 */
@Service
@PreAuthorize("hasRole('MERCHANT')")
public class Fulfilment {

    private final OrderService orders;
    private final CurrentUser currentUser;
    private final DeliveryViews views;
    private final Entitlements entitlements;
    private final DeliverableStore store;
    private final FulfilmentNotes notes;
    private final Clock clock;

    Fulfilment(
            OrderService orders,
            CurrentUser currentUser,
            DeliveryViews views,
            Entitlements entitlements,
            DeliverableStore store,
            FulfilmentNotes notes,
            Clock clock) {
        this.orders = orders;
        this.currentUser = currentUser;
        this.views = views;
        this.entitlements = entitlements;
        this.store = store;
        this.notes = notes;
        this.clock = clock;
    }

    /** One of the signed-in member's merchant's orders; empty for any other order. */
    @Transactional(readOnly = true)
    public Optional<DeliveryOverview> sale(long orderId) {
        return orders.saleOfMerchantMember(orderId, currentUser.require().id())
                .map(item -> views.overview(item, false));
    }

    /**
     * PAID → DELIVERED with the merchant's note, which the buyer reads. A file order takes the listing's current file
     * (refused while there is none). Refused for other states and for other merchants' orders.
     */
    @Transactional
    public void markDelivered(long orderId, String note) {
        long me = currentUser.require().id();
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidNote("delivery.mark.note-required");
        }
        if (text.length() > FulfilmentNote.MAX_LENGTH) {
            throw new InvalidNote("delivery.mark.note-too-long");
        }
        PurchasedItem item = orders.saleOfMerchantMember(orderId, me)
                .orElseThrow(() -> new AccessDeniedException("Order " + orderId + " is not one of your sales"));
        if (item.status() != OrderStatus.PAID) {
            throw new InvalidNote("delivery.mark.not-paid");
        }
        Entitlement entitlement =
                entitlements.findByOrderId(orderId).orElseThrow(() -> new InvalidNote("delivery.mark.not-paid"));
        if (entitlement.getKind() == EntitlementKind.DOWNLOAD && entitlement.getDeliverableId() == null) {
            DeliverableInfo file =
                    store.current(item.listingId()).orElseThrow(() -> new InvalidNote("delivery.mark.file-first"));
            entitlement.attach(file.id());
        }
        notes.save(new FulfilmentNote(orderId, me, text, clock.instant()));
        orders.markDelivered(orderId, text);
    }
}
