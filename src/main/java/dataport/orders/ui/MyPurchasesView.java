package dataport.orders.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.orders.OrderService;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** {@code /purchases}: every order of the signed-in buyer, newest first, each linking to its detail page. */
@StyleSheet("themes/dataport/orders.css")
@Route(value = MyPurchasesView.ROUTE, layout = MainLayout.class)
@PermitAll
public class MyPurchasesView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "purchases";

    /** The newest orders shown; older ones follow when paging is needed (no buyer has that many yet). */
    static final int LIMIT = 200;

    final Div list = new Div();

    MyPurchasesView(OrderService orders) {
        addClassNames("dp-page", "dp-orders");
        H1 heading = new H1(getTranslation("orders.purchases.title"));
        long count = orders.countMyPurchases();
        Paragraph empty = new Paragraph(getTranslation("orders.purchases.empty"));
        empty.setId("purchases-empty");
        empty.setVisible(count == 0);

        list.setId("purchases");
        list.addClassName("dp-order-list");
        orders.myPurchases(0, LIMIT).forEach(o -> list.add(new OrderCard(o, detailPath(o.id()), false)));
        list.setVisible(count > 0);
        Paragraph more = new Paragraph(getTranslation("orders.list.more", LIMIT, count));
        more.addClassName("dp-muted");
        more.setVisible(count > LIMIT);
        add(heading, empty, list, more);
    }

    /** The order's page (built by the delivery part: downloads, keys, the accept button). */
    public static String detailPath(long orderId) {
        return ROUTE + "/" + orderId;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.purchases.title") + " · " + getTranslation("app.name");
    }
}
