package dataport.delivery;

import dataport.accounts.CurrentUser;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
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
 * Merchants' API gateways check buyers' keys here. Each merchant has one gateway secret (made in the workspace, shown
 * once, stored as a hash); a key is valid only for a gateway of the merchant whose listing it was bought for, while
 * the order's access lasts and until it is replaced.
 */
@Service
public class Gateway {

    private final GatewaySecrets secrets;
    private final ApiKeys keys;
    private final Entitlements entitlements;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final OrderService orders;
    private final Clock clock;

    Gateway(
            GatewaySecrets secrets,
            ApiKeys keys,
            Entitlements entitlements,
            MerchantService merchants,
            CurrentUser currentUser,
            OrderService orders,
            Clock clock) {
        this.secrets = secrets;
        this.keys = keys;
        this.entitlements = entitlements;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.orders = orders;
        this.clock = clock;
    }

    /** The signed-in member's merchant's secret, if one was made. */
    @PreAuthorize("hasRole('MERCHANT')")
    @Transactional(readOnly = true)
    public Optional<GatewaySecretInfo> secret() {
        return secrets.findById(myMerchant().id()).map(s -> new GatewaySecretInfo(s.getPrefix(), s.getCreatedAt()));
    }

    /** A new secret for the signed-in member's merchant, returned this once; the previous one stops working. */
    @PreAuthorize("hasRole('MERCHANT')")
    @Transactional
    public String renewSecret() {
        long merchantId = myMerchant().id();
        long me = currentUser.require().id();
        String secret = Tokens.generate(Tokens.GATEWAY_PREFIX);
        Instant now = clock.instant();
        secrets.findById(merchantId)
                .ifPresentOrElse(
                        s -> s.replace(secret, me, now),
                        () -> secrets.save(new GatewaySecret(merchantId, secret, me, now)));
        return secret;
    }

    /**
     * Checks {@code apiKey} for the gateway that presents {@code gatewaySecret}; empty when the secret is wrong (the
     * endpoint answers 401). An unknown, replaced, expired or ended key, or another merchant's, is invalid.
     */
    @Transactional
    public Optional<KeyCheck> check(String gatewaySecret, String apiKey) {
        if (gatewaySecret == null || gatewaySecret.isBlank()) {
            return Optional.empty();
        }
        Optional<GatewaySecret> gateway = secrets.findBySecretHash(Tokens.hash(gatewaySecret));
        if (gateway.isEmpty()) {
            return Optional.empty();
        }
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.of(KeyCheck.invalid());
        }
        Instant now = clock.instant();
        return Optional.of(keys.findByKeyHash(Tokens.hash(apiKey))
                .filter(k -> k.getMerchantId() == gateway.get().getMerchantId())
                .filter(k -> k.isUsableAt(now))
                .flatMap(k -> entitlements.findById(k.getEntitlementId()))
                .filter(e -> isActive(e, now))
                .map(e -> new KeyCheck(true, e.getListingId(), e.getOrderNumber(), e.accessEnds()))
                .orElseGet(KeyCheck::invalid));
    }

    /**
     * A subscription past its known period may have renewed since it was granted: the order's current period end
     * is read then (and kept), so renewals need no event of their own.
     */
    private boolean isActive(Entitlement e, Instant now) {
        if (e.isActiveAt(now)) {
            return true;
        }
        if (e.isSubscription() && e.getEndedAt() == null) {
            orders.purchase(e.getOrderId()).map(PurchasedItem::accessUntil).ifPresent(e::extendTo);
            return e.isActiveAt(now);
        }
        return false;
    }

    private MerchantSummary myMerchant() {
        return merchants
                .findForMember(currentUser.require().id())
                .orElseThrow(() -> new AccessDeniedException("Not a merchant's member"));
    }
}
