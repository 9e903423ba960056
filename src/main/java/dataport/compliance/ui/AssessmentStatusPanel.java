package dataport.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.compliance.AssessmentCase;
import dataport.compliance.AssessmentStatus;
import dataport.shared.ui.Times;

/**
 * Where the buyer's assessment stands: the decision, staff's note, conditions to accept, and "Pay", disabled with
 * the reason until the approval clears the order.
 */
class AssessmentStatusPanel extends Div {

    final Button accept = new Button();
    final Button pay = new Button();
    final Paragraph hold = new Paragraph();

    AssessmentStatusPanel(AssessmentCase c, Runnable onAccept, Runnable onPay) {
        addClassNames("dp-panel", "dp-assessment-status");
        setId("assessment-status");
        add(new H2(getTranslation("compliance.assessment.status")));
        Span status = new Span(getTranslation("compliance.assessment.status."
                + (c.status() == null ? "NOT_FILED" : c.status().name())));
        status.setId("assessment-state");
        status.addClassName("dp-badge");
        add(status);
        if (c.filedAt() != null) {
            add(muted(getTranslation("compliance.assessment.filed-at", Times.format(getLocale(), c.filedAt()))));
        }
        if (c.holdCancelled() != null) {
            Paragraph cancelled = new Paragraph(getTranslation(
                    "compliance.assessment.hold-cancelled",
                    Times.format(getLocale(), c.holdCancelledAt()),
                    getTranslation("compliance.hold-cancelled." + c.holdCancelled())));
            cancelled.setId("assessment-hold-cancelled");
            cancelled.addClassName("dp-error");
            add(cancelled);
        }
        if (c.status() == AssessmentStatus.REFUSED) {
            Paragraph reasons = new Paragraph(getTranslation("compliance.assessment.refused-because", c.staffNote()));
            reasons.setId("assessment-refusal");
            add(reasons);
        }
        if (c.status() == AssessmentStatus.APPROVED) {
            add(muted(getTranslation("compliance.assessment.expires", Times.format(getLocale(), c.expiresAt()))));
            if (c.conditions() != null) {
                Paragraph conditions =
                        new Paragraph(getTranslation("compliance.assessment.conditions", c.conditions()));
                conditions.setId("assessment-conditions");
                add(conditions);
                if (c.conditionsAcceptedAt() == null && c.awaitsConditions()) {
                    accept.setText(getTranslation("compliance.assessment.accept"));
                    accept.setId("assessment-accept");
                    accept.addClickListener(e -> onAccept.run());
                    add(accept);
                } else if (c.conditionsAcceptedAt() != null) {
                    add(muted(getTranslation(
                            "compliance.assessment.accepted", Times.format(getLocale(), c.conditionsAcceptedAt()))));
                }
            }
        }
        if (c.orderPayable()) {
            pay.setText(getTranslation("compliance.assessment.pay"));
            pay.setId("assessment-pay");
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pay.setDisableOnClick(true);
            pay.setEnabled(c.holdReason() == null);
            pay.addClickListener(e -> onPay.run());
            hold.setId("assessment-hold");
            hold.addClassName("dp-muted");
            if (c.holdReason() != null) {
                hold.setText(getTranslation("compliance.hold." + c.holdReason()));
            }
            add(pay, hold);
        }
    }

    private Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("dp-muted");
        return p;
    }
}
