package dataport.compliance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.compliance.AssessmentAnswers;
import dataport.compliance.AssessmentCase;
import dataport.compliance.AssessmentService;
import dataport.compliance.UploadedDocument;
import dataport.orders.CheckoutRefused;
import dataport.orders.PaymentStart;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * {@code /purchases/{orderId}/assessment}: the buyer of an order routed to review files the pre-transfer assessment,
 * follows staff's decision, accepts conditions, and pays once approved.
 */
@Route(value = "purchases/:orderId/assessment", layout = MainLayout.class)
@PermitAll
public class AssessmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private long orderId;
    final Paragraph problem = new Paragraph();

    AssessmentView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassNames("dp-page", "dp-assessment");
        setId("assessment-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AssessmentCase> found = event.getRouteParameters()
                .get("orderId")
                .flatMap(RouteIds::parse)
                .flatMap(assessments::forBuyer);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(AssessmentCase c) {
        removeAll();
        orderId = c.orderId();
        problem.setId("assessment-problem");
        problem.addClassName("dp-error");
        problem.setVisible(false);
        add(
                new H1(getTranslation("compliance.assessment.title")),
                new RoutingSummary(c),
                new AssessmentStatusPanel(c, this::acceptConditions, this::pay),
                problem);
        if (c.fileable() && c.orderPayable()) {
            add(new AssessmentForm(c, this::file));
        } else if (c.status() != null) {
            add(new AssessmentAnswersPanel(c, assessments));
        }
    }

    private void file(AssessmentAnswers answers, UploadedDocument document) {
        assessments.file(orderId, answers, document);
        reload();
    }

    private void acceptConditions() {
        assessments.acceptConditions(orderId);
        reload();
    }

    private void pay() {
        try {
            PaymentStart start = assessments.pay(orderId, getLocale());
            if (start.url() == null) {
                UI.getCurrent().navigate("checkout/return/" + orderId);
            } else {
                UI.getCurrent().getPage().setLocation(start.url());
            }
        } catch (CheckoutRefused refused) {
            problem.setText(getTranslation(refused.messageKey()));
            problem.setVisible(true);
        }
    }

    private void reload() {
        assessments.forBuyer(orderId).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.assessment.title") + " · " + getTranslation("app.name");
    }
}
