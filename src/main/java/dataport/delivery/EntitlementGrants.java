package dataport.delivery;

import dataport.catalog.PricingModel;
import dataport.orders.AccessEnded;
import dataport.orders.OrderPaid;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.orders.PurchasedItem;
import dataport.settlement.RefundRecorded;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a paid order into what it unlocks, after the payment's transaction committed (the event publication registry
 * keeps the event until this succeeded, so a crash only delays it; a repeated event finds the entitlement there). A
 * file or API purchase is delivered at once; the other delivery modes wait for the merchant.
 */
@Service
class EntitlementGrants {

    private static final Logger log = LoggerFactory.getLogger(EntitlementGrants.class);

    static final int DOWNLOADS_PER_ORDER = 5;
    /** How long one-off (and usage) purchases of API access or a service last. */
    static final Duration ONE_OFF_TERM = Duration.ofDays(365);

    static final String NOTE_FILE_READY = "delivery.note.file-ready";
    static final String NOTE_API_READY = "delivery.note.api-ready";
    private static final String FILE_READY_TEXT = "Delivered automatically: the file is ready to download.";
    private static final String API_READY_TEXT = "Delivered automatically: API keys can be created.";

    private final Entitlements entitlements;
    private final FulfilmentNotes notes;
    private final DeliverableStore store;
    private final OrderService orders;
    private final Clock clock;

    EntitlementGrants(
            Entitlements entitlements,
            FulfilmentNotes notes,
            DeliverableStore store,
            OrderService orders,
            Clock clock) {
        this.entitlements = entitlements;
        this.notes = notes;
        this.store = store;
        this.orders = orders;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        orders.purchase(paid.orderId()).ifPresent(this::deliver);
    }

    @ApplicationModuleListener
    void on(AccessEnded ended) {
        end(ended.orderId(), ended.endedAt());
    }

    /** A fully refunded order unlocks nothing any more: its download links and API keys stop working now. */
    @ApplicationModuleListener
    void on(RefundRecorded refunded) {
        if (refunded.full()) {
            end(refunded.orderId(), clock.instant());
        }
    }

    /** Grants what the purchase unlocks and, for files and API access, delivers it now. Safe to repeat. */
    @Transactional
    Entitlement deliver(PurchasedItem item) {
        Entitlement entitlement = grant(item);
        if (item.status() != OrderStatus.PAID) {
            return entitlement;
        }
        switch (entitlement.getKind()) {
            case DOWNLOAD -> {
                if (entitlement.getDeliverableId() == null) {
                    Optional<DeliverableInfo> file = store.current(item.listingId());
                    if (file.isEmpty()) {
                        log.info("Order {} is paid but listing {} has no file yet", item.orderId(), item.listingId());
                        return entitlement;
                    }
                    entitlement.attach(file.get().id());
                }
                markDelivered(item.orderId(), NOTE_FILE_READY, FILE_READY_TEXT);
            }
            case API_KEY -> markDelivered(item.orderId(), NOTE_API_READY, API_READY_TEXT);
            case ACCESS -> {
                // the merchant fulfils it and marks it delivered
            }
        }
        return entitlement;
    }

    /** The entitlement of a paid order, created on first call. */
    @Transactional
    Entitlement grant(PurchasedItem item) {
        return entitlements.findByOrderId(item.orderId()).orElseGet(() -> {
            EntitlementKind kind = EntitlementKind.of(item.deliveryMode());
            boolean subscription = item.pricingModel() == PricingModel.SUBSCRIPTION;
            Instant from = item.paidAt() == null ? clock.instant() : item.paidAt();
            Instant until = subscription
                    ? item.accessUntil()
                    : kind == EntitlementKind.DOWNLOAD ? null : from.plus(ONE_OFF_TERM);
            return entitlements.save(new Entitlement(
                    item.orderId(),
                    item.orderNumber(),
                    item.buyerUserId(),
                    item.merchantId(),
                    item.listingId(),
                    kind,
                    subscription,
                    DOWNLOADS_PER_ORDER,
                    clock.instant(),
                    until));
        });
    }

    /** A new file for a listing delivers the paid orders that were waiting for one. */
    @Transactional
    int deliverWaitingOrders(long listingId, long deliverableId) {
        int delivered = 0;
        for (Entitlement waiting : entitlements.awaitingFile(listingId)) {
            Optional<PurchasedItem> item = orders.purchase(waiting.getOrderId());
            if (item.isEmpty() || item.get().status() != OrderStatus.PAID) {
                continue;
            }
            waiting.attach(deliverableId);
            markDelivered(waiting.getOrderId(), NOTE_FILE_READY, FILE_READY_TEXT);
            delivered++;
        }
        return delivered;
    }

    /** Access ends at {@code at}: keys stop validating and downloads stop from then on. */
    @Transactional
    void end(long orderId, Instant at) {
        entitlements.findByOrderId(orderId).ifPresent(e -> e.end(at));
    }

    /** Our note keeps the translation key (the buyer reads it in their language); the order gets English text. */
    private void markDelivered(long orderId, String noteKey, String text) {
        notes.save(new FulfilmentNote(orderId, null, noteKey, clock.instant()));
        orders.markDelivered(orderId, text);
    }
}
