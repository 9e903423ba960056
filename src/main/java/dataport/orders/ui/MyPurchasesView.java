package dataport.orders.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.orders.OrderService;
import dataport.orders.OrderSummary;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** {@code /purchases}: every order of the signed-in buyer, newest first, each linking to its detail page. */
@StyleSheet("themes/dataport/orders.css")
@Route(value = MyPurchasesView.ROUTE, layout = MainLayout.class)
@PermitAll
public class MyPurchasesView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "purchases";

    final Grid<OrderSummary> grid = new Grid<>();

    MyPurchasesView(OrderService orders) {
        addClassNames("dp-page", "dp-orders");
        var locale = getLocale();
        H1 heading = new H1(getTranslation("orders.purchases.title"));
        long count = orders.countMyPurchases();
        Paragraph empty = new Paragraph(getTranslation("orders.purchases.empty"));
        empty.setId("purchases-empty");
        empty.setVisible(count == 0);

        grid.setId("purchases");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(o -> {
                    Anchor link = new Anchor(detailPath(o.id()), o.number());
                    link.addClassName("dp-order-link");
                    return link;
                })
                .setHeader(getTranslation("orders.column.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> o.listingTitle().in(locale) + " · " + o.planName().in(locale))
                .setHeader(getTranslation("orders.column.what"))
                .setFlexGrow(3);
        grid.addColumn(o -> o.merchantName().in(locale)).setHeader(getTranslation("orders.column.merchant"));
        grid.addComponentColumn(o -> OrderCells.status(o.status(), this::getTranslation))
                .setHeader(getTranslation("orders.column.status"))
                .setAutoWidth(true);
        grid.addColumn(o -> OrderCells.date(o.createdAt(), locale))
                .setHeader(getTranslation("orders.column.date"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.total().format(locale))
                .setHeader(getTranslation("orders.column.total"))
                .setAutoWidth(true);
        grid.setItems(
                q -> orders.myPurchases(q.getOffset(), q.getLimit()).stream(), q -> (int) orders.countMyPurchases());
        grid.setVisible(count > 0);
        add(heading, empty, grid);
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
