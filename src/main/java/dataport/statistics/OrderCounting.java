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
 * they were at that moment, and the buyer's country: the destination the checkout asked for, carried by the event
 * (empty for orders placed before checkout asked).
 */
@Component
class OrderCounting {

    private final OrderService orders;
    private final CatalogService catalog;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final StatisticsGeneration generation;

    OrderCounting(
            OrderService orders,
            CatalogService catalog,
            JdbcTemplate jdbc,
            Clock clock,
            StatisticsGeneration generation) {
        this.generation = generation;
        this.orders = orders;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        orders.purchase(paid.orderId()).ifPresent(item -> count(item, paid.destinationCountry()));
    }

    void count(PurchasedItem item, String buyerCountry) {
        List<ListingDetails> details = catalog.details(List.of(item.listingId()));
        CategoryRef category = details.isEmpty() ? null : details.getFirst().category();
        var merchant = details.isEmpty() ? null : details.getFirst().merchant();
        long paidAt = item.paidAt() == null ? clock.millis() : item.paidAt().toEpochMilli();
        int inserted = jdbc.update(
                "INSERT IGNORE INTO stat_order (order_id, paid_at_ms, day, listing_id, merchant_id, track, category,"
                        + " origin, country, buyer_country, currency, total_minor)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                country(buyerCountry),
                item.total().currency().getCurrencyCode(),
                item.total().minorUnits());
        if (inserted == 1) {
            // Same transaction, only for a first count: the monthly figure moves exactly once per order.
            jdbc.update(
                    "INSERT INTO stat_trade_month (month, track, category, origin, country, buyer_country, currency,"
                            + " orders, total_minor) SELECT DATE_FORMAT(day, '%Y-%m-01'), COALESCE(track, ''),"
                            + " COALESCE(category, ''), COALESCE(origin, ''), COALESCE(country, ''),"
                            + " COALESCE(buyer_country, ''), currency, 1, total_minor FROM stat_order"
                            + " WHERE order_id = ? ON DUPLICATE KEY UPDATE orders = orders + 1,"
                            + " total_minor = stat_trade_month.total_minor + VALUES(total_minor)",
                    item.orderId());
            generation.changed();
        }
    }

    /** Two ASCII letters, upper case; anything else is unknown. */
    static String country(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        return c.matches("[A-Z]{2}") ? c : null;
    }
}
