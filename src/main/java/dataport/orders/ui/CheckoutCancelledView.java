package dataport.orders.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dataport.orders.OrderService;
import dataport.orders.OrderSummary;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** {@code /checkout/cancelled/{orderId}}: the buyer left Stripe's page without paying; nothing was charged. */
@StyleSheet("themes/dataport/orders.css")
@Route(value = "checkout/cancelled/:orderId", layout = MainLayout.class)
@PermitAll
public class CheckoutCancelledView extends CheckoutOutcomePage {

    CheckoutCancelledView(OrderService orders) {
        super(orders::myOrder, "orders.cancelled.title");
    }

    @Override
    void show(OrderSummary o) {
        H1 heading = new H1(getTranslation("orders.cancelled.title"));
        heading.setId("return-heading");
        Paragraph text = new Paragraph(getTranslation("orders.cancelled.text", o.number()));
        Anchor again = new Anchor("listings/" + o.listingId(), getTranslation("orders.cancelled.back"));
        again.setId("return-back-to-listing");
        add(heading, text, again);
    }
}
