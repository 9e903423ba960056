package dataport.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.compliance.AssessmentCase;
import dataport.compliance.AssessmentService;
import dataport.shared.ui.Countries;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** {@code /staff/assessments}: filed pre-transfer assessments waiting for a decision, oldest first. */
@Route(value = AssessmentQueueView.ROUTE, layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
public class AssessmentQueueView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "staff/assessments";

    AssessmentQueueView(AssessmentService assessments) {
        addClassName("dp-page");
        setId("assessment-queue");
        add(new H1(getTranslation("compliance.queue.title")));
        List<AssessmentCase> waiting = assessments.queue();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("compliance.queue.empty")));
        }
        for (AssessmentCase c : waiting) {
            Anchor link = new Anchor(
                    ROUTE + "/" + c.assessmentId(),
                    getTranslation(
                            "compliance.queue.item",
                            c.orderNumber(),
                            c.listingTitle().in(getLocale()),
                            Countries.name(c.destination(), getLocale()),
                            c.ruleCode(),
                            Times.format(getLocale(), c.filedAt())));
            link.setId("queue-" + c.assessmentId());
            Div card = new Div(link);
            card.addClassName("dp-panel");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.queue.title") + " · " + getTranslation("app.name");
    }
}
