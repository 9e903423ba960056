package dataport.delivery;

import dataport.accounts.CurrentUser;
import dataport.orders.OrderService;
import dataport.orders.PurchasedItem;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer's side of delivery: their purchase with its downloads, keys and notes, API keys, and accepting delivery.
 * Every method asks the orders module whether the signed-in user bought the order; another buyer's order id looks
 * like a missing one.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Purchases {

    private final OrderService orders;
    private final CurrentUser currentUser;
    private final DeliveryViews views;
    private final Entitlements entitlements;
    private final ApiKeys keys;
    private final Clock clock;

    Purchases(
            OrderService orders,
            CurrentUser currentUser,
            DeliveryViews views,
            Entitlements entitlements,
            ApiKeys keys,
            Clock clock) {
        this.orders = orders;
        this.currentUser = currentUser;
        this.views = views;
        this.entitlements = entitlements;
        this.keys = keys;
        this.clock = clock;
    }

    /** The signed-in buyer's order with what it unlocked; empty for anyone else's order or an unknown id. */
    @Transactional(readOnly = true)
    public Optional<DeliveryOverview> purchase(long orderId) {
        return mine(orderId).map(item -> views.overview(item, true));
    }

    /**
     * A new API key for the buyer's API purchase; the key is returned this once and stored only as its hash. The
     * order's earlier keys stop working (a buyer who lost a key makes a new one; one key per order keeps the
     * merchant's picture simple).
     */
    @Transactional
    public NewApiKey createApiKey(long orderId) {
        PurchasedItem item = mine(orderId).orElseThrow(() -> new AccessDeniedException("Not your order"));
        Entitlement entitlement = entitlements
                .findByOrderId(item.orderId())
                .filter(e -> e.getKind() == EntitlementKind.API_KEY)
                .orElseThrow(() -> new IllegalStateException("Order " + orderId + " has no API access"));
        Instant now = clock.instant();
        if (!entitlement.isActiveAt(now)) {
            throw new IllegalStateException("Access to order " + orderId + " has ended");
        }
        keys.findByEntitlementIdOrderByIdDesc(entitlement.getId()).forEach(k -> k.revoke(now));
        String key = Tokens.generate(Tokens.API_KEY_PREFIX);
        // A subscription's keys follow its entitlement (renewals extend it); others end with the fixed term.
        Instant expires = entitlement.isSubscription() ? null : entitlement.accessEnds();
        keys.save(new ApiKey(entitlement, key, now, expires));
        return new NewApiKey(key, Tokens.shown(key), entitlement.accessEnds());
    }

    /** The buyer confirms delivery (DELIVERED → ACCEPTED, refused in any other state). */
    @Transactional
    public void accept(long orderId) {
        mine(orderId).orElseThrow(() -> new AccessDeniedException("Not your order"));
        orders.accept(orderId, currentUser.require().id());
    }

    private Optional<PurchasedItem> mine(long orderId) {
        return orders.purchaseOfBuyer(orderId, currentUser.require().id());
    }
}
