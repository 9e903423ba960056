package dataport.orders;

import dataport.catalog.BillingPeriod;
import dataport.catalog.DeliveryMode;
import dataport.catalog.PricingModel;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Instant;

/** One order as the buyer's and the merchant's order lists show it. */
public record OrderSummary(
        long id,
        String number,
        OrderStatus status,
        Bilingual listingTitle,
        Bilingual merchantName,
        Bilingual planName,
        PricingModel pricingModel,
        BillingPeriod billingPeriod,
        int quantity,
        Money unitPrice,
        Money total,
        Instant createdAt,
        Instant paidAt,
        Instant deliveredAt,
        Instant acceptedAt,
        Instant accessUntil,
        DeliveryMode deliveryMode,
        String buyerEmail,
        long listingId) {}
