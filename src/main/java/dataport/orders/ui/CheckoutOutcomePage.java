package dataport.orders.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dataport.orders.OrderSummary;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Where Stripe sends the buyer back to, at {@code .../:orderId}. The lookup only answers for the buyer's own orders,
 * so anyone else's order id (or a malformed one) shows the not-found page.
 */
abstract class CheckoutOutcomePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LongFunction<Optional<OrderSummary>> lookup;
    private final String titleKey;

    CheckoutOutcomePage(LongFunction<Optional<OrderSummary>> lookup, String titleKey) {
        this.lookup = lookup;
        this.titleKey = titleKey;
        addClassNames("dp-page", "dp-checkout-return");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OrderSummary> order =
                event.getRouteParameters().getLong("orderId").flatMap(lookup::apply);
        if (order.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(order.get());
    }

    /** Fills the emptied page for this order. */
    abstract void show(OrderSummary order);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
