package dataport.settlement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dataport.settlement.MerchantFinance;
import dataport.settlement.OrderMoneyLine;
import dataport.shared.ui.Times;

/**
 * Every order's money line, newest payment first, loaded page by page with a count: total, platform fee, share,
 * refunds, and the share's state with the hold's end or the release. On a phone the order cell carries the amounts.
 */
class OrderMoneyGrid extends Div {

    final Grid<OrderMoneyLine> grid = new Grid<>();
    private final Grid.Column<OrderMoneyLine> paid;
    private final Grid.Column<OrderMoneyLine> total;
    private final Grid.Column<OrderMoneyLine> fee;
    private final Grid.Column<OrderMoneyLine> refunded;

    OrderMoneyGrid(MerchantFinance finance) {
        addClassName("dp-section");
        long count = finance.countOrderLines();
        H2 heading = new H2(getTranslation("finance.orders.title"));
        Span counter = new Span(getTranslation("finance.orders.count", count));
        counter.addClassName("dp-muted");
        counter.setId("order-lines-count");
        grid.setId("order-lines");
        grid.addComponentColumn(this::orderCell)
                .setHeader(getTranslation("finance.orders.order"))
                .setFlexGrow(3);
        paid = grid.addColumn(l -> Times.format(getLocale(), l.paidAt()))
                .setHeader(getTranslation("finance.orders.paid"))
                .setFlexGrow(2);
        total = grid.addColumn(l -> Amounts.of(l.totalMinor(), l.currency(), getLocale()))
                .setHeader(getTranslation("finance.orders.total"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        fee = grid.addColumn(l -> Amounts.of(l.feeMinor(), l.currency(), getLocale()))
                .setHeader(getTranslation("finance.orders.fee"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(l -> Amounts.of(l.shareMinor(), l.currency(), getLocale()))
                .setHeader(getTranslation("finance.orders.share"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        refunded = grid.addComponentColumn(this::refundCell)
                .setHeader(getTranslation("finance.orders.refunded"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addComponentColumn(this::stateCell)
                .setHeader(getTranslation("finance.orders.state"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("finance.orders.empty"));
        grid.setAllRowsVisible(count <= 10);
        grid.setItems(query -> finance.orderLines(query.getOffset(), query.getLimit()).stream(), query ->
                (int) finance.countOrderLines());
        add(heading, counter, grid);
    }

    /** Fewer columns on a phone: the order cell then shows the paid time and total itself. */
    void fit(boolean narrow) {
        paid.setVisible(!narrow);
        total.setVisible(!narrow);
        fee.setVisible(!narrow);
        refunded.setVisible(!narrow);
        grid.setClassName("dp-narrow", narrow);
    }

    private Div orderCell(OrderMoneyLine l) {
        Anchor number = new Anchor("workspace/orders/" + l.orderId(), l.orderNumber());
        number.addClassName("dp-row-title");
        Span title = new Span(l.title().in(getLocale()));
        title.addClassName("dp-row-meta-always");
        Span meta = new Span(
                Times.format(getLocale(), l.paidAt()) + " · " + Amounts.of(l.totalMinor(), l.currency(), getLocale()));
        meta.addClassName("dp-row-meta");
        Div cell = new Div(number, title, meta);
        cell.addClassName("dp-finance-order");
        return cell;
    }

    private Div refundCell(OrderMoneyLine l) {
        Div cell = new Div();
        if (l.refundedMinor() > 0) {
            cell.add(new Span(Amounts.of(l.refundedMinor(), l.currency(), getLocale())));
            Span share = new Span(getTranslation(
                    "finance.orders.refunded-share", Amounts.of(l.shareRefundedMinor(), l.currency(), getLocale())));
            share.addClassName("dp-muted");
            cell.add(new Div(share));
        }
        return cell;
    }

    private Div stateCell(OrderMoneyLine l) {
        Span badge = new Span(getTranslation("finance.state." + l.state()));
        badge.addClassName("dp-badge");
        badge.getElement().setAttribute("data-state", l.state());
        Div cell = new Div(badge);
        String when = l.releasedAt() != null
                ? getTranslation("finance.orders.released-at", Times.format(getLocale(), l.releasedAt()))
                : "PENDING".equals(l.state()) && l.holdUntil() != null
                        ? getTranslation("finance.orders.hold-until", Times.format(getLocale(), l.holdUntil()))
                        : null;
        if (when != null) {
            Span detail = new Span(when);
            detail.addClassName("dp-muted");
            cell.add(new Div(detail));
        }
        return cell;
    }
}
