package dataport.delivery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import dataport.delivery.DeliveryOverview;
import dataport.delivery.Fulfilment;
import dataport.orders.OrderStatus;
import dataport.settlement.RefundService;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * A merchant's order at {@code /workspace/orders/{orderId}}: the receipt, what to deliver for its delivery mode (for a
 * file listing, the file and the way to upload it), "Mark delivered" with a note while it is paid, the notes so far,
 * and the buyer's downloads. Another merchant's order shows the not-found page.
 */
@Route(value = "workspace/orders/:orderId", layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class SaleView extends OrderPage {

    private final Fulfilment fulfilment;
    private final RefundService refunds;

    SaleView(Fulfilment fulfilment, RefundService refunds) {
        super("dp-sale", fulfilment::sale);
        this.fulfilment = fulfilment;
        this.refunds = refunds;
    }

    @Override
    void show(DeliveryOverview overview) {
        removeAll();
        String title = getTranslation("delivery.sale.title", overview.item().orderNumber());
        pageTitle(title);
        Anchor back = new Anchor("workspace/orders", getTranslation("delivery.sale.back"));
        back.setId("back-to-orders");
        add(back, new H1(title), new OrderFacts(overview), new FulfilmentSteps(overview));
        OrderStatus status = overview.item().status();
        if (status == OrderStatus.PAID) {
            add(new MarkDeliveredForm(this::markDelivered));
        } else {
            Paragraph state = new Paragraph(getTranslation("delivery.sale.state." + status));
            state.setId("sale-state");
            state.addClassName("dp-muted");
            add(state);
        }
        refunds.ofMySale(orderId()).ifPresent(money -> add(new SaleMoneyPanel(money, refunds, this::reload)));
        add(new NotesList(overview.notes()));
    }

    private void markDelivered(String note) {
        fulfilment.markDelivered(orderId(), note);
        Notification.show(getTranslation("delivery.mark.done"), 4000, Notification.Position.BOTTOM_CENTER);
        reload();
    }
}
