package dataport.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.compliance.BlockedRecipientRow;
import dataport.shared.ui.Countries;
import dataport.shared.ui.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** One entry of the blocked-recipients list: who, how a buyer is recognised, why, and whether it is still active. */
class BlockedRecipientCard extends Div {

    BlockedRecipientCard(BlockedRecipientRow r, Consumer<BlockedRecipientRow> deactivate) {
        addClassNames("dp-panel", "dp-blocked-card");
        setId("blocked-" + r.id());
        Locale locale = getLocale();
        Span state = new Span(getTranslation(r.active() ? "compliance.blocked.active" : "compliance.blocked.inactive"));
        state.addClassNames("dp-badge", r.active() ? "dp-export-blocked" : "dp-muted");
        state.setId("blocked-state-" + r.id());
        H3 name = new H3(r.name() == null ? "—" : r.name());
        Div head = new Div(name, state);
        head.addClassName("dp-rule-head");
        add(head);
        List<String> ids = new ArrayList<>();
        if (r.email() != null) {
            ids.add(getTranslation("compliance.blocked.field.email") + ": " + r.email());
        }
        if (r.emailDomain() != null) {
            ids.add(getTranslation("compliance.blocked.field.email-domain") + ": " + r.emailDomain());
        }
        if (r.country() != null) {
            ids.add(getTranslation("compliance.blocked.field.country") + ": " + Countries.name(r.country(), locale));
        }
        if (r.registrationNumber() != null) {
            ids.add(getTranslation("compliance.blocked.field.registration") + ": " + r.registrationNumber());
        }
        add(new Paragraph(String.join(" · ", ids)));
        if (r.email() == null && r.emailDomain() == null) {
            Paragraph wide = new Paragraph(getTranslation("compliance.blocked.country-wide"));
            wide.addClassName("dp-muted");
            add(wide);
        }
        add(new Paragraph(getTranslation("compliance.blocked.reason", r.reason())));
        if (r.legalBasis() != null) {
            Paragraph basis = new Paragraph(getTranslation("shared.export.basis", r.legalBasis()));
            basis.addClassName("dp-muted");
            add(basis);
        }
        Paragraph added = new Paragraph(getTranslation(
                "compliance.blocked.added-by",
                r.createdBy() == null ? "—" : r.createdBy(),
                Times.format(locale, r.createdAt())));
        added.addClassName("dp-muted");
        add(added);
        if (r.active()) {
            Button off = new Button(getTranslation("compliance.blocked.deactivate"), e -> deactivate.accept(r));
            off.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            off.setId("blocked-deactivate-" + r.id());
            add(off);
        } else {
            Paragraph off = new Paragraph(getTranslation(
                    "compliance.blocked.deactivated",
                    r.deactivatedBy(),
                    Times.format(locale, r.deactivatedAt()),
                    r.deactivationReason()));
            off.setId("blocked-deactivated-" + r.id());
            add(off);
        }
    }
}
