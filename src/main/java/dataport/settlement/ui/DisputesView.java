package dataport.settlement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.settlement.DisputeService;
import dataport.settlement.DisputeView;
import dataport.settlement.RefundService;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * {@code /admin/disputes}: every dispute, open ones first. Staff release the held payment to the merchant, or decide
 * for the buyer (what is left of the order is refunded through Stripe). Each decision is in the audit trail.
 */
@Route(value = DisputesView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "COMPLIANCE"})
public class DisputesView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "admin/disputes";

    private final DisputeService disputes;
    private final RefundService refunds;
    private final Div list = new Div();

    DisputesView(DisputeService disputes, RefundService refunds) {
        this.disputes = disputes;
        this.refunds = refunds;
        addClassNames("dp-page", "dp-admin");
        Paragraph lead = new Paragraph(getTranslation("settlement.disputes.lead"));
        lead.addClassName("dp-muted");
        list.setId("disputes");
        add(new H1(getTranslation("settlement.disputes.title")), lead, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<DisputeView> all = disputes.list(200);
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("settlement.disputes.none"));
            none.setId("no-disputes");
            list.add(none);
        }
        for (DisputeView d : all) {
            list.add(new DisputeCard(d, disputes.settlementOf(d.orderId()).orElse(null), this::release, this::refund));
        }
    }

    void release(DisputeView d, String note) {
        disputes.release(d.id(), note);
        Notification.show(getTranslation("settlement.disputes.released"));
        refresh();
    }

    void refund(DisputeView d, String note) {
        long refundable =
                disputes.settlementOf(d.orderId()).map(s -> s.refundableMinor()).orElse(0L);
        if (refundable > 0) {
            try {
                refunds.refundAsStaff(d.orderId(), refundable, "dispute-" + d.id() + "-" + UUID.randomUUID());
            } catch (IllegalStateException | IllegalArgumentException refused) {
                Notification.show(getTranslation(refused.getMessage()));
                return;
            }
        }
        disputes.decideForBuyer(d.id(), note);
        Notification.show(getTranslation("settlement.disputes.refunded"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement.disputes.title") + " · " + getTranslation("app.name");
    }
}
