package dataport.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.IntegrationTest;
import dataport.catalog.DataClassification;
import dataport.catalog.DemoSignIn;
import dataport.compliance.AssessmentAnswers;
import dataport.compliance.CrossBorderFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The buyer files the assessment on its page, staff approve it with a condition, the buyer accepts and may pay. */
@IntegrationTest
class AssessmentPagesViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theBuyerFilesStaffApproveWithAConditionAndPaymentOpensOnceItIsAccepted() {
        CrossBorderFixtures f = new CrossBorderFixtures(context);
        long order = f.order(f.listing(DataClassification.IMPORTANT, l -> true), "DE");

        navigate("purchases/" + order + "/assessment", AssessmentView.class);
        AssessmentForm form = $(AssessmentForm.class).single();
        test($(Button.class).id("assessment-file")).click();
        assertThat(form.fields.get("purpose").isInvalid())
                .as("nothing filed while fields are empty")
                .isTrue();
        AssessmentAnswers answers = CrossBorderFixtures.completeAnswers();
        AssessmentAnswers.FIELDS.forEach(name -> form.fields.get(name).setValue(answers.get(name)));
        form.received("contract.txt", "not a pdf".getBytes());
        assertThat($(Paragraph.class).id("assessment-document-error").isVisible())
                .isTrue();
        test($(Button.class).id("assessment-file")).click();
        assertThat($(Span.class).id("assessment-state").getText())
                .isEqualTo(form.getTranslation("compliance.assessment.status.FILED"));
        assertThat($(Button.class).id("assessment-pay").isEnabled()).isFalse();

        long assessment =
                jdbc.queryForObject("SELECT id FROM compliance_assessment WHERE order_id = ?", Long.class, order);
        DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
        navigate(AssessmentQueueView.ROUTE + "/" + assessment, AssessmentReviewView.class);
        DecisionPanel decision = $(DecisionPanel.class).single();
        decision.conditions.setValue("Delete the data after 12 months.");
        test(decision.approve).click();
        assertThat($(DecisionPanel.class).exists())
                .as("decided: no second decision")
                .isFalse();

        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        navigate("purchases/" + order + "/assessment", AssessmentView.class);
        assertThat($(Paragraph.class).id("assessment-conditions").getText()).contains("12 months");
        assertThat($(Button.class).id("assessment-pay").isEnabled()).isFalse();
        test($(Button.class).id("assessment-accept")).click();
        assertThat($(Button.class).id("assessment-pay").isEnabled()).isTrue();
    }
}
