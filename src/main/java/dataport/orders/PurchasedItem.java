package dataport.orders;

import dataport.catalog.BillingPeriod;
import dataport.catalog.DeliveryMode;
import dataport.catalog.PricingModel;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Instant;

/**
 * What an order bought, as frozen at checkout (later edits of the listing never change it), with the order's state:
 * the read model other modules (delivery, settlement) work from.
 *
 * @param accessUntil end of the paid period for subscriptions (moves with each renewal); null for other plans
 */
public record PurchasedItem(
        long orderId,
        String orderNumber,
        long buyerUserId,
        long merchantId,
        long listingId,
        Bilingual listingTitle,
        Bilingual merchantName,
        Bilingual planName,
        DeliveryMode deliveryMode,
        PricingModel pricingModel,
        BillingPeriod billingPeriod,
        int quantity,
        Money total,
        OrderStatus status,
        Instant paidAt,
        Instant accessUntil) {}
