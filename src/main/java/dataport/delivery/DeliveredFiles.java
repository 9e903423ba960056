package dataport.delivery;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which file an order delivered, for other modules' after-commit reactions (the evidence chain records its SHA-256).
 * Names no person, so it needs no signed-in user.
 */
@Service
public class DeliveredFiles {

    private final Entitlements entitlements;
    private final DeliverableStore store;

    DeliveredFiles(Entitlements entitlements, DeliverableStore store) {
        this.entitlements = entitlements;
        this.store = store;
    }

    /** The file attached to the order's entitlement; empty for orders that deliver no file (API keys, services). */
    @Transactional(readOnly = true)
    public Optional<DeliverableInfo> ofOrder(long orderId) {
        return entitlements
                .findByOrderId(orderId)
                .map(Entitlement::getDeliverableId)
                .flatMap(store::find);
    }
}
