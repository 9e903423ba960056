package dataport.orders.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.orders.OrderSummary;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /checkout/return/{orderId}}: where Stripe sends the buyer after paying. The webhook may not have come yet,
 * so the page asks the service, which asks Stripe and settles the order when needed.
 */
@StyleSheet("themes/dataport/orders.css")
@Route(value = "checkout/return/:orderId", layout = MainLayout.class)
@PermitAll
public class CheckoutReturnView extends CheckoutOutcomePage {

    CheckoutReturnView(OrderService orders) {
        super(orders::confirmReturn, "orders.return.title");
    }

    @Override
    void show(OrderSummary o) {
        boolean paid = o.status() != OrderStatus.PENDING_PAYMENT && o.status() != OrderStatus.CANCELLED;
        H1 heading = new H1(getTranslation(paid ? "orders.return.paid" : "orders.return.pending"));
        heading.setId("return-heading");
        Paragraph what = new Paragraph(getTranslation(
                "orders.return.order",
                o.number(),
                o.listingTitle().in(getLocale()),
                o.total().format(getLocale())));
        what.setId("return-order");
        Paragraph state = new Paragraph(getTranslation("orders.status." + o.status()));
        state.setId("return-status");
        state.addClassName("dp-badge");
        Paragraph next = new Paragraph(getTranslation(paid ? "orders.return.next" : "orders.return.wait"));
        next.addClassName("dp-muted");
        Anchor detail = new Anchor(MyPurchasesView.detailPath(o.id()), getTranslation("orders.return.open"));
        detail.setId("return-open-order");
        Anchor all = new Anchor(MyPurchasesView.ROUTE, getTranslation("orders.purchases.title"));
        Div links = new Div(detail, all);
        links.addClassName("dp-checkout-links");
        add(heading, state, what, next, links);
    }
}
