package dataport.orders.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.orders.OrderService;
import dataport.orders.OrderSummary;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** {@code /checkout/cancelled/{orderId}}: the buyer left Stripe's page without paying; nothing was charged. */
@StyleSheet("themes/dataport/orders.css")
@Route(value = "checkout/cancelled/:orderId", layout = MainLayout.class)
@PermitAll
public class CheckoutCancelledView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderService orders;

    CheckoutCancelledView(OrderService orders) {
        this.orders = orders;
        addClassNames("dp-page", "dp-checkout-return");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OrderSummary> order =
                event.getRouteParameters().getLong("orderId").flatMap(orders::myOrder);
        if (order.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        OrderSummary o = order.get();
        H1 heading = new H1(getTranslation("orders.cancelled.title"));
        heading.setId("return-heading");
        Paragraph text = new Paragraph(getTranslation("orders.cancelled.text", o.number()));
        Anchor again = new Anchor("listings/" + o.listingId(), getTranslation("orders.cancelled.back"));
        again.setId("return-back-to-listing");
        add(heading, text, again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.cancelled.title") + " · " + getTranslation("app.name");
    }
}
