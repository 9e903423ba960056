package dataport.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.compliance.RuleRow;
import dataport.shared.ui.Times;
import java.util.Locale;
import java.util.function.Consumer;

/** One row of the rules table as a card: when it applies, what it decides, why, and on which legal basis. */
class RuleCard extends Div {

    RuleCard(RuleRow row, Consumer<RuleRow> edit) {
        addClassNames("dp-panel", "dp-rule-card");
        setId("rule-" + row.code());
        Locale locale = getLocale();
        Span position = new Span("#" + row.position());
        position.addClassName("dp-muted");
        Span outcome = new Span(getTranslation("shared.export.outcome." + row.outcome()));
        outcome.addClassNames(
                "dp-badge",
                "dp-rule-outcome",
                "dp-export-" + row.outcome().name().toLowerCase(Locale.ROOT));
        H3 code = new H3(row.code());
        code.addClassName("dp-rule-code");
        Div head = new Div(position, code, outcome);
        head.addClassName("dp-rule-head");
        add(head);
        add(new Paragraph(getTranslation("compliance.rules.when", RuleConditions.describe(row, this, locale))));
        if (row.mechanism() != dataport.compliance.Mechanism.NONE) {
            add(new Paragraph(getTranslation(
                    "shared.export.mechanism", getTranslation("shared.export.mechanism." + row.mechanism()))));
        }
        Paragraph reason = new Paragraph(row.reason().in(locale));
        add(reason);
        Paragraph basis = new Paragraph(
                getTranslation("shared.export.basis", row.legalBasis().in(locale)));
        basis.addClassName("dp-muted");
        add(basis);
        Paragraph dates = new Paragraph(getTranslation(
                row.effectiveTo() == null ? "compliance.rules.effective-open" : "compliance.rules.effective",
                Times.date(locale, row.effectiveFrom()),
                row.effectiveTo() == null ? "" : Times.date(locale, row.effectiveTo())));
        dates.addClassName("dp-muted");
        add(dates);
        if (edit != null) {
            Button change = new Button(getTranslation("compliance.rules.edit"), e -> edit.accept(row));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            change.setId("edit-" + row.code());
            add(change);
        }
    }
}
