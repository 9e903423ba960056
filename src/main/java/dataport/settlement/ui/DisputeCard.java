package dataport.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dataport.settlement.DisputeView;
import dataport.settlement.SettlementView;
import dataport.shared.Money;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.Times;
import java.util.function.BiConsumer;

/** One dispute on the staff page: the order's money, the reason, and (while open) the two decisions with a note. */
class DisputeCard extends Div {

    static final int NOTE_MAX = 2000;

    final TextField note = new TextField();

    DisputeCard(
            DisputeView d,
            SettlementView money,
            BiConsumer<DisputeView, String> release,
            BiConsumer<DisputeView, String> refund) {
        addClassNames("dp-panel", "dp-dispute-card");
        setId("dispute-" + d.id());
        add(new H2(getTranslation("settlement.disputes.order", Long.toString(d.orderId()))));
        add(new Paragraph(getTranslation(
                "settlement.disputes.opened",
                Times.format(getLocale(), d.openedAt()),
                getTranslation("settlement.disputes.source." + d.source()))));
        Paragraph reason = new Paragraph(d.reason());
        reason.addClassName("dp-dispute-reason");
        add(reason);
        // By URL: the quotes module shows the negotiation behind the order, if it came from a private offer.
        com.vaadin.flow.component.html.Anchor thread = new com.vaadin.flow.component.html.Anchor(
                "staff/quotes/orders/" + d.orderId(), getTranslation("settlement.disputes.quote-thread"));
        thread.setId("dispute-quote-thread-" + d.id());
        add(thread);
        if (money != null) {
            add(new Paragraph(getTranslation(
                    "settlement.disputes.money",
                    Money.ofMinor(money.totalMinor(), money.currency()).format(getLocale()),
                    Money.ofMinor(money.refundedMinor(), money.currency()).format(getLocale()),
                    getTranslation("settlement.state." + money.state()))));
        }
        Paragraph status = new Paragraph(getTranslation("settlement.dispute.status." + d.status()));
        status.addClassName("dp-muted");
        add(status);
        if (!d.open()) {
            if (d.decidedBy() != null) {
                add(new Paragraph(getTranslation(
                        "settlement.disputes.decided",
                        d.decidedBy(),
                        Times.format(getLocale(), d.decidedAt()),
                        d.decisionNote() == null ? "" : d.decisionNote())));
            }
            return;
        }
        note.setLabel(getTranslation("settlement.disputes.note"));
        note.setWidthFull();
        Button toMerchant = new Button(getTranslation("settlement.disputes.release"), e -> {
            if (checkNote()) {
                release.accept(d, note.getValue());
            }
        });
        toMerchant.setId("dispute-release-" + d.id());
        Button toBuyer = new Button(getTranslation("settlement.disputes.refund"), e -> {
            if (checkNote()) {
                refund.accept(d, note.getValue());
            }
        });
        toBuyer.setId("dispute-refund-" + d.id());
        toBuyer.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(note, new Div(toMerchant, toBuyer));
    }

    private boolean checkNote() {
        note.setInvalid(false);
        if (LengthLimits.isOver(note.getValue(), NOTE_MAX)) {
            note.setErrorMessage(LengthLimits.message(this, note.getValue(), NOTE_MAX));
            note.setInvalid(true);
            return false;
        }
        return true;
    }
}
