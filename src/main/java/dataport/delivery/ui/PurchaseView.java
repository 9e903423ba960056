package dataport.delivery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import dataport.delivery.DeliveryOverview;
import dataport.delivery.EntitlementKind;
import dataport.delivery.Purchases;
import dataport.orders.OrderStatus;
import dataport.orders.Receipts;
import dataport.settlement.DisputeService;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.OrderPageSection;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A buyer's purchase at {@code /purchases/{orderId}}: the receipt, then what it unlocked (the file, API keys or the
 * access period), the merchant's notes, and accepting delivery. Another buyer's order id shows the not-found page.
 */
@Route(value = "purchases/:orderId", layout = MainLayout.class)
@PermitAll
public class PurchaseView extends OrderPage {

    private final Purchases purchases;
    private final Receipts receipts;
    private final DisputeService disputes;

    PurchaseView(Purchases purchases, Receipts receipts, DisputeService disputes, List<OrderPageSection> sections) {
        super("dp-purchase", purchases::purchase, sections);
        this.purchases = purchases;
        this.receipts = receipts;
        this.disputes = disputes;
    }

    @Override
    void show(DeliveryOverview overview) {
        removeAll();
        pageTitle(getTranslation("delivery.purchase.title", overview.item().orderNumber()));
        Anchor back = new Anchor("purchases", getTranslation("delivery.purchase.back"));
        back.setId("back-to-purchases");
        H1 heading = new H1(overview.item().listingTitle().in(getLocale()));
        add(back, heading, new OrderFacts(overview));
        if (overview.item().paidAt() != null) {
            add(new ReceiptDownload(receipts, orderId()));
        }
        if (overview.entitlement() == null) {
            Div waiting = new Div(getTranslation("delivery.purchase.awaiting-payment"));
            waiting.addClassName("dp-alert");
            waiting.setId("awaiting-payment");
            add(waiting);
        } else if (overview.entitlement().kind() == EntitlementKind.DOWNLOAD) {
            add(new DownloadPanel(overview));
        } else if (overview.entitlement().kind() == EntitlementKind.API_KEY) {
            add(new ApiKeyPanel(
                    overview, () -> purchases.createApiKey(orderId()), () -> purchases.purchase(orderId())));
        } else {
            add(new AccessPanel(overview.item().deliveryMode()));
        }
        add(new NotesList(overview.notes()));
        OrderStatus status = overview.item().status();
        if (status == OrderStatus.PAID || status == OrderStatus.DELIVERED || status == OrderStatus.ACCEPTED) {
            add(new AcceptPanel(status, this::accept));
        }
        disputes.settlementOfMyOrder(orderId())
                .ifPresent(money -> add(new HoldPanel(money, disputes.ofMyOrder(orderId()), disputes, this::reload)));
        addSections();
    }

    private void accept() {
        purchases.accept(orderId());
        Notification.show(getTranslation("delivery.accept.thanks"), 4000, Notification.Position.BOTTOM_CENTER);
        reload();
    }
}
