package dataport.orders.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dataport.orders.OrderStatus;
import dataport.orders.OrderSummary;
import java.util.Locale;

/**
 * One order in a list: number (linking to its page), state, what was bought, from whom or for whom, when, and the
 * total. A card rather than a grid row, so it reads as well on a phone as on a desk.
 */
class OrderCard extends Div {

    /** @param forMerchant the merchant's list: shows the buyer and the next step instead of the merchant */
    OrderCard(OrderSummary o, String href, boolean forMerchant) {
        Locale locale = getLocale();
        addClassName("dp-order-card");
        getElement().setAttribute("data-order", o.number());
        Anchor number = new Anchor(href, o.number());
        number.addClassName("dp-order-number");
        Div head = new Div(number, OrderCells.status(o.status(), this::getTranslation));
        head.addClassName("dp-order-head");

        String plan = o.planName() == null ? "" : o.planName().in(locale);
        Span what = new Span(o.listingTitle().in(locale)
                + (plan.isBlank() ? "" : " · " + plan)
                + (o.quantity() > 1 ? " × " + o.quantity() : ""));
        what.addClassName("dp-order-what");

        String who = forMerchant ? o.buyerEmail() : o.merchantName().in(locale);
        String when = forMerchant && o.paidAt() != null
                ? getTranslation("orders.card.paid", OrderCells.date(o.paidAt(), locale))
                : getTranslation("orders.card.ordered", OrderCells.date(o.createdAt(), locale));
        Span meta = new Span(who + " · " + when);
        meta.addClassName("dp-muted");

        Span total = new Span(o.total().format(locale));
        total.addClassName("dp-order-total");
        Div body = new Div(what, meta);
        body.addClassName("dp-order-body");
        add(head, body, total);
        if (forMerchant && o.status() == OrderStatus.PAID) {
            Span next = new Span(getTranslation("orders.sales.to-deliver"));
            next.addClassName("dp-order-next");
            add(next);
        }
    }
}
