package dataport.statistics;

import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRef;
import dataport.catalog.ListingDetails;
import dataport.orders.OrderPaid;
import dataport.orders.OrderService;
import dataport.orders.PurchasedItem;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts each paid order once, after its payment committed (the event registry redelivers after a crash; the order
 * id as key makes a redelivery change nothing), with the listing's track and the merchant's origin and country as
 * they were at that moment. The buyer's country is not known to the orders module today: it stays empty.
 */
@Component
class OrderCounting {

    private final OrderService orders;
    private final CatalogService catalog;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OrderCounting(OrderService orders, CatalogService catalog, JdbcTemplate jdbc, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        orders.purchase(paid.orderId()).ifPresent(this::count);
    }

    void count(PurchasedItem item) {
        List<ListingDetails> details = catalog.details(List.of(item.listingId()));
        CategoryRef category = details.isEmpty() ? null : details.getFirst().category();
        var merchant = details.isEmpty() ? null : details.getFirst().merchant();
        long paidAt = item.paidAt() == null ? clock.millis() : item.paidAt().toEpochMilli();
        jdbc.update(
                "INSERT IGNORE INTO stat_order (order_id, paid_at_ms, day, listing_id, merchant_id, track, category,"
                        + " origin, country, buyer_country, currency, total_minor)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                item.orderId(),
                paidAt,
                Days.of(paidAt).toString(),
                item.listingId(),
                item.merchantId(),
                category == null ? null : category.track().code(),
                category == null ? null : category.code(),
                merchant == null || merchant.origin() == null
                        ? null
                        : merchant.origin().name(),
                merchant == null ? null : merchant.countryCode(),
                item.total().currency().getCurrencyCode(),
                item.total().minorUnits());
    }
}
