package dataport.orders.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import dataport.orders.OrderService;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** {@code /purchases}: every order of the signed-in buyer, newest first, each linking to its detail page. */
@StyleSheet("themes/dataport/orders.css")
@Route(value = MyPurchasesView.ROUTE, layout = MainLayout.class)
@PermitAll
public class MyPurchasesView extends OrdersPage {

    public static final String ROUTE = "purchases";

    MyPurchasesView(OrderService orders) {
        super("orders.purchases.title");
        H1 heading = new H1(getTranslation("orders.purchases.title"));
        long count = orders.countMyPurchases();
        add(heading);
        add(listing(
                "purchases",
                "orders.purchases.empty",
                count,
                orders.myPurchases(0, LIMIT).stream()
                        .map(o -> new OrderCard(o, detailPath(o.id()), false))
                        .toList()));
    }

    /** The order's page (built by the delivery part: downloads, keys, the accept button). */
    public static String detailPath(long orderId) {
        return ROUTE + "/" + orderId;
    }
}
