package dataport.e2e.pages;

import com.microsoft.playwright.Page;

/** {@code /purchases} (the buyer's) and {@code /workspace/orders} (the merchant's): a grid of orders. */
public class OrdersListPage extends VaadinPage {

    private final String gridId;

    private OrdersListPage(Page page, String gridId) {
        super(page);
        this.gridId = gridId;
    }

    public static OrdersListPage purchases(Page page) {
        OrdersListPage list = new OrdersListPage(page, "purchases");
        list.go("/purchases");
        return list;
    }

    public static OrdersListPage merchantOrders(Page page) {
        OrdersListPage list = new OrdersListPage(page, "sales");
        list.go("/workspace/orders");
        return list;
    }

    /** The text of the grid's rows (cells are slotted into the grid, so they are read from the grid element). */
    public String rows() {
        return page.locator("#" + gridId).innerText();
    }

    /** The row cells' text of the order with that number, via the grid's light-DOM cell content. */
    public boolean shows(String orderNumber) {
        return page.locator("#" + gridId + " vaadin-grid-cell-content")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(orderNumber))
                        .count()
                > 0;
    }
}
