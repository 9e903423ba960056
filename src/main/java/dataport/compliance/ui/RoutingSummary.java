package dataport.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.compliance.AssessmentCase;
import dataport.shared.ui.Countries;
import java.util.Locale;

/** The order under review: what, from whom, to where, and why the rules sent it to review. */
class RoutingSummary extends Div {

    RoutingSummary(AssessmentCase c) {
        addClassNames("dp-panel", "dp-routing-summary");
        setId("routing-summary");
        Locale locale = getLocale();
        add(new Paragraph(getTranslation(
                "compliance.assessment.order",
                c.orderNumber(),
                c.listingTitle().in(locale),
                c.merchantName().in(locale),
                c.total().format(locale),
                Countries.name(c.destination(), locale))));
        Span rule = new Span(c.ruleCode());
        rule.addClassName("dp-badge");
        rule.setId("routing-rule");
        add(rule);
        add(new Paragraph(
                getTranslation("shared.export.mechanism", getTranslation("shared.export.mechanism." + c.mechanism()))));
        Paragraph reason = new Paragraph(c.reason().in(locale));
        reason.setId("routing-reason");
        add(reason);
        Paragraph basis = new Paragraph(
                getTranslation("shared.export.basis", c.legalBasis().in(locale)));
        basis.addClassName("dp-muted");
        add(basis);
    }
}
