package dataport.orders.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dataport.orders.OrderService;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /workspace/orders}: the merchant's paid orders, newest first: what still needs delivering, what was
 * delivered and what the buyer accepted. Each links to the order's page in the workspace.
 */
@StyleSheet("themes/dataport/orders.css")
@Route(value = MerchantOrdersView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class MerchantOrdersView extends OrdersPage {

    public static final String ROUTE = "workspace/orders";

    MerchantOrdersView(OrderService orders) {
        super("orders.sales.title");
        H1 heading = new H1(getTranslation("orders.sales.title"));
        Paragraph lead = new Paragraph(getTranslation("orders.sales.lead"));
        lead.addClassName("dp-muted");
        long count = orders.countMySales();
        add(heading, lead);
        add(listing(
                "sales",
                "orders.sales.empty",
                count,
                orders.mySales(0, LIMIT).stream()
                        .map(o -> new OrderCard(o, ROUTE + "/" + o.id(), true))
                        .toList()));
    }
}
