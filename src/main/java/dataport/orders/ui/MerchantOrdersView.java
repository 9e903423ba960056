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
import dataport.orders.OrderStatus;
import dataport.orders.OrderSummary;
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

    final Grid<OrderSummary> grid = new Grid<>();

    MerchantOrdersView(OrderService orders) {
        addClassNames("dp-page", "dp-orders");
        var locale = getLocale();
        H1 heading = new H1(getTranslation("orders.sales.title"));
        Paragraph lead = new Paragraph(getTranslation("orders.sales.lead"));
        lead.addClassName("dp-muted");
        long count = orders.countMySales();
        Paragraph empty = new Paragraph(getTranslation("orders.sales.empty"));
        empty.setId("sales-empty");
        empty.setVisible(count == 0);

        grid.setId("sales");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(o -> new Anchor(ROUTE + "/" + o.id(), o.number()))
                .setHeader(getTranslation("orders.column.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> o.listingTitle().in(locale) + " · " + o.planName().in(locale)
                        + (o.quantity() > 1 ? " × " + o.quantity() : ""))
                .setHeader(getTranslation("orders.column.what"))
                .setFlexGrow(3);
        grid.addColumn(OrderSummary::buyerEmail).setHeader(getTranslation("orders.column.buyer"));
        grid.addComponentColumn(o -> OrderCells.status(o.status(), this::getTranslation))
                .setHeader(getTranslation("orders.column.status"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation(
                        o.status() == OrderStatus.PAID ? "orders.sales.to-deliver" : "orders.sales.nothing"))
                .setHeader(getTranslation("orders.column.next"))
                .setAutoWidth(true);
        grid.addColumn(o -> OrderCells.date(o.paidAt(), locale))
                .setHeader(getTranslation("orders.column.paid"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.total().format(locale))
                .setHeader(getTranslation("orders.column.total"))
                .setAutoWidth(true);
        grid.setItems(q -> orders.mySales(q.getOffset(), q.getLimit()).stream(), q -> (int) orders.countMySales());
        grid.setVisible(count > 0);
        add(heading, lead, empty, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.sales.title") + " · " + getTranslation("app.name");
    }
}
