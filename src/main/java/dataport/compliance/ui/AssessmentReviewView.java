package dataport.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.compliance.AssessmentCase;
import dataport.compliance.AssessmentService;
import dataport.compliance.AssessmentStatus;
import dataport.compliance.IllegalAssessmentStep;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RouteIds;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * {@code /staff/assessments/{id}}: compliance staff read a filed pre-transfer assessment with the routing that asked
 * for it, and approve (with conditions), ask for more on single fields, or refuse with reasons.
 */
@Route(value = AssessmentQueueView.ROUTE + "/:id", layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
public class AssessmentReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private long assessmentId;

    AssessmentReviewView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassNames("dp-page", "dp-assessment-review");
        setId("assessment-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AssessmentCase> found =
                event.getRouteParameters().get("id").flatMap(RouteIds::parse).flatMap(assessments::forStaff);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(AssessmentCase c) {
        removeAll();
        assessmentId = c.assessmentId();
        add(new H1(getTranslation("compliance.review.title", c.orderNumber())), new RoutingSummary(c));
        Paragraph state = new Paragraph(
                getTranslation("compliance.assessment.status." + c.status().name()));
        state.setId("review-state");
        state.addClassName("dp-badge");
        add(state);
        if (c.decidedAt() != null) {
            Paragraph decided = new Paragraph(getTranslation(
                    "compliance.review.decided", c.decidedBy(), Times.format(getLocale(), c.decidedAt())));
            decided.addClassName("dp-muted");
            add(decided);
        }
        add(new AssessmentAnswersPanel(c, assessments));
        if (c.status() == AssessmentStatus.FILED) {
            add(new DecisionPanel(
                    conditions -> decide(() -> assessments.approve(assessmentId, conditions)),
                    (fields, note) -> decide(() -> assessments.requestMore(assessmentId, fields, note)),
                    reasons -> decide(() -> assessments.refuse(assessmentId, reasons))));
        }
    }

    private void decide(Runnable decision) {
        try {
            decision.run();
            Notification.show(getTranslation("compliance.review.done"));
        } catch (IllegalAssessmentStep stale) {
            Notification.show(getTranslation("compliance.review.stale"));
        }
        assessments.forStaff(assessmentId).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.review.title", "") + " · " + getTranslation("app.name");
    }
}
