package dataport.delivery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dataport.delivery.DeliveryOverview;
import dataport.orders.PurchasedItem;

/** The receipt: what was bought from whom, on which plan, for how much, and where the order stands. */
class OrderFacts extends Div {

    OrderFacts(DeliveryOverview overview) {
        addClassName("dp-section");
        setId("order-facts");
        PurchasedItem item = overview.item();
        Span status = new Span(getTranslation("delivery.status." + item.status()));
        status.addClassName("dp-badge");
        status.getElement().setAttribute("data-status", item.status().name());
        Anchor listing =
                new Anchor("listings/" + item.listingId(), item.listingTitle().in(getLocale()));
        String plan = item.planName().in(getLocale());
        if (item.quantity() > 1) {
            plan = getTranslation("delivery.receipt.plan-quantity", plan, item.quantity());
        }
        Facts facts = new Facts()
                .add("delivery.receipt.order", item.orderNumber(), "order-number")
                .add("delivery.receipt.status", status, "order-status")
                .add("delivery.receipt.listing", listing, "order-listing")
                .add("delivery.receipt.merchant", item.merchantName().in(getLocale()), "order-merchant")
                .add("delivery.receipt.plan", plan, "order-plan")
                .add("delivery.receipt.delivery", getTranslation("delivery." + item.deliveryMode()), null)
                .add("delivery.receipt.total", item.total().format(getLocale()), "order-total")
                .add("delivery.receipt.paid-at", paid(item), "order-paid-at");
        if (overview.entitlement() != null) {
            facts.add("delivery.receipt.access", access(overview.entitlement()), "order-access");
        }
        add(new H2(getTranslation("delivery.receipt.title")), facts);
    }

    private String paid(PurchasedItem item) {
        return item.paidAt() == null
                ? getTranslation("delivery.receipt.not-paid")
                : Formats.dateTime(this, item.paidAt());
    }

    private String access(DeliveryOverview.EntitlementView e) {
        if (!e.active()) {
            return getTranslation("delivery.access.ended", Formats.dateTime(this, e.accessEnds()));
        }
        if (e.accessEnds() == null) {
            return getTranslation(e.subscription() ? "delivery.access.renewing" : "delivery.access.no-end");
        }
        return getTranslation(
                e.subscription() ? "delivery.access.until-renewal" : "delivery.access.until",
                Formats.dateTime(this, e.accessEnds()));
    }
}
