package dataport.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.catalog.DataClassification;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.delivery.PaidOrders;
import dataport.evidence.EvidenceVerifier;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Orders held for review whose clearance will never come are cancelled by the sweep: never filed in time, or approved
 * but not paid before the approval expired. Rows are back-dated instead of waiting 14 days.
 */
@IntegrationTest
class HeldOrderSweepTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    HeldOrderSweep sweep;

    @Autowired
    AssessmentService assessments;

    @Autowired
    OrderService orders;

    @Autowired
    JdbcTemplate jdbc;

    CrossBorderFixtures f;
    ListingDetails important;

    @BeforeEach
    void fixtures() {
        f = new CrossBorderFixtures(context);
        important = f.listing(DataClassification.IMPORTANT, l -> true);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOrderWhoseAssessmentWasNotFiledInTimeIsCancelledAuditedMailedAndRecordedAsEvidence() {
        long order = f.order(important, "DE");
        long fresh = f.order(important, "DE");
        backDate(order, 15);
        backDate(fresh, 13);

        sweep.sweep();

        assertThat(orders.purchase(order).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.purchase(fresh).orElseThrow().status())
                .as("13 days is within the 14-day limit")
                .isEqualTo(OrderStatus.PENDING_PAYMENT);
        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        AssessmentCase seen = assessments.forBuyer(order).orElseThrow();
        assertThat(seen.holdCancelled()).isEqualTo("not-filed");
        assertThat(seen.holdCancelledAt()).isNotNull();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE subject_type = 'order' AND subject_id = ?",
                        String.class,
                        String.valueOf(order)))
                .contains("held-order.cancelled");
        String number = orders.purchase(order).orElseThrow().orderNumber();
        assertThat(jdbc.queryForList(
                        "SELECT body FROM outgoing_mail WHERE recipient = ? AND subject = ?",
                        String.class,
                        DemoSignIn.BUYER,
                        "Order " + number + " was cancelled"))
                .singleElement()
                .asString()
                .contains("no pre-transfer assessment was filed in time");
        EvidenceVerifier evidence = context.getBean(EvidenceVerifier.class);
        PaidOrders.await(
                () -> evidence.certificateOf(order)
                                .map(c -> jdbc.queryForObject(
                                        "SELECT COUNT(*) FROM evidence_record WHERE certificate_id = ? AND record_type = ?",
                                        Long.class,
                                        c,
                                        "ORDER_CANCELLED"))
                                .orElse(0L)
                        == 1,
                "the cancellation's evidence record");

        sweep.sweep();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'held-order.cancelled' AND subject_id = ?",
                        Long.class,
                        String.valueOf(order)))
                .as("a second sweep does nothing")
                .isOne();
    }

    @Test
    void anApprovalThatExpiredUnpaidCancelsTheOrderButAnAssessmentWaitingForStaffNever() {
        long approved = f.order(important, "US");
        long approval = assessments.file(approved, CrossBorderFixtures.completeAnswers(), null);
        long waiting = f.order(important, "US");
        assessments.file(waiting, CrossBorderFixtures.completeAnswers(), null);
        DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
        assessments.approve(approval, null);
        jdbc.update("UPDATE compliance_assessment SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE id = ?", approval);
        backDate(waiting, 40);

        sweep.sweep();

        assertThat(orders.purchase(approved).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(jdbc.queryForObject(
                        "SELECT hold_cancelled FROM compliance_routing WHERE order_id = ?", String.class, approved))
                .isEqualTo("expired");
        assertThat(orders.purchase(waiting).orElseThrow().status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    private void backDate(long order, int days) {
        jdbc.update(
                "UPDATE compliance_routing SET routed_at = routed_at - INTERVAL ? DAY WHERE order_id = ?", days, order);
    }
}
