package dataport.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.settlement.DisputeService;
import dataport.settlement.DisputeView;
import dataport.settlement.SettlementState;
import dataport.settlement.SettlementView;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.Times;
import java.util.List;

/**
 * The buyer's view of the merchant's payment: held until a date (or released), the order's disputes, and a form to
 * open one with a reason while the payment is still held.
 */
class HoldPanel extends Div {

    final TextArea reason = new TextArea();
    final Button open = new Button();

    HoldPanel(SettlementView money, List<DisputeView> disputes, DisputeService service, Runnable reload) {
        addClassName("dp-section");
        setId("hold-panel");
        add(new H2(getTranslation("settlement.hold.title")));
        Paragraph state = new Paragraph(stateText(money));
        state.setId("hold-state");
        add(state);
        for (DisputeView d : disputes) {
            Paragraph line = new Paragraph(getTranslation(
                    "settlement.dispute.line",
                    Times.format(getLocale(), d.openedAt()),
                    getTranslation("settlement.dispute.status." + d.status()),
                    d.reason()));
            line.addClassName("dp-muted");
            line.addClassName("dp-dispute");
            add(line);
        }
        boolean anyOpen = disputes.stream().anyMatch(DisputeView::open);
        if (!anyOpen && money.state() != SettlementState.REFUNDED) {
            reason.setLabel(getTranslation("settlement.dispute.reason"));
            reason.setId("dispute-reason");
            reason.setWidthFull();
            open.setText(getTranslation("settlement.dispute.open"));
            open.setId("dispute-open");
            open.addClickListener(e -> {
                reason.setInvalid(false);
                String text = reason.getValue();
                if (text == null || text.isBlank()) {
                    reason.setErrorMessage(getTranslation("settlement.dispute.reason-required"));
                    reason.setInvalid(true);
                    return;
                }
                if (LengthLimits.isOver(text.strip(), DisputeService.REASON_MAX)) {
                    reason.setErrorMessage(LengthLimits.message(this, text.strip(), DisputeService.REASON_MAX));
                    reason.setInvalid(true);
                    return;
                }
                try {
                    service.openAsBuyer(money.orderId(), text);
                } catch (IllegalStateException | IllegalArgumentException refused) {
                    reason.setErrorMessage(getTranslation(refused.getMessage()));
                    reason.setInvalid(true);
                    return;
                }
                Notification.show(
                        getTranslation("settlement.dispute.opened"), 4000, Notification.Position.BOTTOM_CENTER);
                reload.run();
            });
            Paragraph help = new Paragraph(getTranslation("settlement.dispute.help"));
            help.addClassName("dp-muted");
            add(help, reason, open);
        }
    }

    private String stateText(SettlementView money) {
        return switch (money.state()) {
            case PENDING -> getTranslation("settlement.hold.until", Times.format(getLocale(), money.holdUntil()));
            case HELD -> getTranslation("settlement.hold.disputed");
            case RELEASED -> getTranslation("settlement.hold.released", Times.format(getLocale(), money.releasedAt()));
            case REFUNDED -> getTranslation("settlement.hold.refunded");
        };
    }
}
