package dataport.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.shared.ExportNotice;
import java.util.Locale;

/** A cross-border routing decision as the listing page and checkout show it: outcome, reason, legal basis. */
public class ExportNoticePanel extends Div {

    public ExportNoticePanel(String headingKey, ExportNotice notice, Locale locale) {
        addClassNames(
                "dp-panel", "dp-export-notice", "dp-export-" + notice.outcome().toLowerCase(Locale.ROOT));
        setId("export-notice");
        getElement().setAttribute("data-outcome", notice.outcome());
        Span heading = new Span(getTranslation("shared.export." + headingKey));
        heading.addClassName("dp-export-heading");
        Span outcome = new Span(getTranslation("shared.export.outcome." + notice.outcome()));
        outcome.setId("export-outcome");
        outcome.addClassName("dp-export-outcome");
        add(heading, outcome);
        if (notice.needsReview()) {
            add(new Paragraph(getTranslation(
                    "shared.export.mechanism", getTranslation("shared.export.mechanism." + notice.mechanism()))));
        }
        Paragraph reason = new Paragraph(notice.reason().in(locale));
        reason.setId("export-reason");
        add(reason);
        if (notice.note() != null) {
            Paragraph note = new Paragraph(notice.note().in(locale));
            note.setId("export-note");
            add(note);
        }
        Paragraph basis = new Paragraph(
                getTranslation("shared.export.basis", notice.legalBasis().in(locale)));
        basis.addClassName("dp-muted");
        basis.setId("export-basis");
        add(basis);
        if (notice.actionRoute() != null) {
            Anchor action = new Anchor(notice.actionRoute(), getTranslation("shared.export.action"));
            action.setId("export-action");
            add(action);
        }
        Anchor rules = new Anchor("compliance/rules", getTranslation("shared.export.rules"));
        rules.addClassName("dp-muted");
        add(rules);
    }
}
