package dataport.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.catalog.DataClassification;
import dataport.catalog.DemoSignIn;
import dataport.orders.OrderService;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Compliance staff hear of every filed and re-filed assessment; the buyer of every decision. */
@IntegrationTest
class AssessmentMailsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AssessmentService assessments;

    @Autowired
    OrderService orders;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void complianceIsMailedWhenABuyerFilesAndFilesAgainAndTheBuyerWhenStaffDecide() {
        CrossBorderFixtures f = new CrossBorderFixtures(context);
        long order = f.order(f.listing(DataClassification.IMPORTANT, l -> true), "DE");
        String number = orders.purchase(order).orElseThrow().orderNumber();

        long assessment = assessments.file(order, CrossBorderFixtures.completeAnswers(), null);
        assertThat(mailsTo(DemoSignIn.COMPLIANCE, number))
                .singleElement()
                .satisfies(subject -> assertThat(subject).startsWith("Assessment to review"));

        DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
        assessments.requestMore(assessment, Set.of("storage"), "Name the data centre operator.");
        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        assessments.file(order, CrossBorderFixtures.completeAnswers(), null);

        assertThat(mailsTo(DemoSignIn.COMPLIANCE, number))
                .hasSize(2)
                .anySatisfy(subject -> assertThat(subject).startsWith("Assessment filed again"));
        assertThat(jdbc.queryForObject(
                        "SELECT body FROM outgoing_mail WHERE recipient = ? AND subject LIKE ? ORDER BY id DESC LIMIT 1",
                        String.class,
                        DemoSignIn.COMPLIANCE,
                        "%" + number + "%"))
                .contains("/staff/assessments/" + assessment);
        assertThat(mailsTo(DemoSignIn.BUYER, number))
                .as("filed, more requested, filed again")
                .hasSize(3);
    }

    private java.util.List<String> mailsTo(String recipient, String orderNumber) {
        return jdbc.queryForList(
                "SELECT subject FROM outgoing_mail WHERE recipient = ? AND subject LIKE ? ORDER BY id",
                String.class,
                recipient,
                "%" + orderNumber + "%");
    }
}
