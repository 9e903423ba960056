package dataport.orders.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
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
public class MerchantOrdersView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "workspace/orders";

    static final int LIMIT = 200;

    final Div list = new Div();

    MerchantOrdersView(OrderService orders) {
        addClassNames("dp-page", "dp-orders");
        H1 heading = new H1(getTranslation("orders.sales.title"));
        Paragraph lead = new Paragraph(getTranslation("orders.sales.lead"));
        lead.addClassName("dp-muted");
        long count = orders.countMySales();
        Paragraph empty = new Paragraph(getTranslation("orders.sales.empty"));
        empty.setId("sales-empty");
        empty.setVisible(count == 0);

        list.setId("sales");
        list.addClassName("dp-order-list");
        orders.mySales(0, LIMIT).forEach(o -> list.add(new OrderCard(o, ROUTE + "/" + o.id(), true)));
        list.setVisible(count > 0);
        Paragraph more = new Paragraph(getTranslation("orders.list.more", LIMIT, count));
        more.addClassName("dp-muted");
        more.setVisible(count > LIMIT);
        add(heading, lead, empty, list, more);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.sales.title") + " · " + getTranslation("app.name");
    }
}
