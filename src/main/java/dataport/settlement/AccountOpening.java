package dataport.settlement;

import dataport.orders.OrderPlaced;
import dataport.orders.OrderService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens the merchant's ledger accounts in the order's currency once an order is placed, in a transaction of its own
 * and long before the buyer pays: the payments that follow then only lock rows that exist. (The ledger still creates a
 * missing account itself, so a payment never depends on this having run.)
 */
@Component
class AccountOpening {

    private final OrderService orders;
    private final Ledger ledger;

    AccountOpening(OrderService orders, Ledger ledger) {
        this.orders = orders;
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        orders.purchase(placed.orderId())
                .ifPresent(item -> ledger.openAccounts(
                        item.merchantId(), item.total().currency().getCurrencyCode()));
    }
}
