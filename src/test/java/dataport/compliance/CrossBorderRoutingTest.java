package dataport.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DataClassification;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.orders.CheckoutRefused;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.shared.ExportNotice;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Routing at checkout and the pre-transfer assessment, through the real services and database. */
@IntegrationTest
@RecordApplicationEvents
class CrossBorderRoutingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderService orders;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    CrossBorderFixtures f;

    @BeforeEach
    void fixtures() {
        f = new CrossBorderFixtures(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMainlandBuyerIsNotRouted() {
        ListingDetails important = f.listing(DataClassification.IMPORTANT, l -> true);

        long order = f.order(important, "CN");

        assertThat(orders.exportPreview(important.id(), "CN")).isEmpty();
        assertThat(orders.paymentHold(order)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM compliance_routing WHERE order_id = ?", Long.class, order))
                .isZero();
        assertThat(events.stream(OrderRouted.class)).isEmpty();
    }

    @Test
    void aCoreListingCannotBeOrderedFromAbroadAndNothingIsOrdered() {
        ListingDetails core = f.listing(DataClassification.CORE, l -> true);
        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        long before = orders.countMyPurchases();

        assertThat(orders.exportPreview(core.id(), "US"))
                .get()
                .extracting(ExportNotice::outcome)
                .isEqualTo("BLOCKED");
        assertThatThrownBy(() -> f.order(core, "US"))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(CheckoutRefused.Reason.EXPORT_BLOCKED));
        assertThat(orders.countMyPurchases()).isEqualTo(before);
    }

    @Test
    void anImportantListingBoughtFromAbroadWaitsForAnApprovedAssessmentWithAcceptedConditions() {
        ListingDetails important = f.listing(DataClassification.IMPORTANT, l -> true);

        long order = f.order(important, "DE");

        assertThat(events.stream(OrderRouted.class))
                .extracting(
                        OrderRouted::orderId,
                        OrderRouted::outcome,
                        OrderRouted::ruleCode,
                        OrderRouted::mechanism,
                        OrderRouted::legalBasisEn,
                        OrderRouted::classification)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        order,
                        "NEEDS_REVIEW",
                        "IMPORTANT_DATA",
                        "SECURITY_ASSESSMENT",
                        "Measures for the Security Assessment of Outbound Data Transfers, Art. 4(1)",
                        "IMPORTANT"));
        assertThat(orders.paymentHold(order)).isPresent();
        assertThatThrownBy(() -> orders.startPayment(order, Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(CheckoutRefused.Reason.AWAITING_CLEARANCE));

        long assessment = assessments.file(order, CrossBorderFixtures.completeAnswers(), null);
        assertThat(assessments.forBuyer(order).orElseThrow().holdReason()).isEqualTo("filed");

        DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
        assertThat(assessments.queue()).extracting(AssessmentCase::assessmentId).contains(assessment);
        assessments.approve(assessment, "Delete the data after 12 months and confirm in writing.");
        assertThat(events.stream(AssessmentDecided.class)).singleElement().satisfies(d -> {
            assertThat(d.orderId()).isEqualTo(order);
            assertThat(d.assessmentId()).isEqualTo(assessment);
            assertThat(d.decision()).isEqualTo("APPROVED");
            assertThat(d.filedAt()).isNotNull().isBeforeOrEqualTo(d.decidedAt());
        });

        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        assertThat(assessments.forBuyer(order).orElseThrow().holdReason()).isEqualTo("conditions");
        assertThat(orders.paymentHold(order)).isPresent();
        assessments.acceptConditions(order);
        assertThat(orders.paymentHold(order)).isEmpty();

        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE subject_type = 'assessment' AND subject_id = ?",
                        String.class,
                        String.valueOf(assessment)))
                .contains("assessment.filed", "assessment.approved", "assessment.conditions-accepted");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM outgoing_mail WHERE subject LIKE ?",
                        Long.class,
                        "%" + orders.purchase(order).orElseThrow().orderNumber() + "%"))
                .as("the buyer was mailed when filing and when approved")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void staffCanAskForMoreOnSingleFieldsAndRefuseWhichCancelsTheOrder() {
        ListingDetails important = f.listing(DataClassification.IMPORTANT, l -> true);
        long order = f.order(important, "US");
        long assessment = assessments.file(order, CrossBorderFixtures.completeAnswers(), null);

        DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
        assessments.requestMore(assessment, Set.of("storage", "onwardTransfers"), "Name the data centre operator.");

        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        AssessmentCase asked = assessments.forBuyer(order).orElseThrow();
        assertThat(asked.moreFields()).containsExactly("storage", "onwardTransfers");
        assertThat(asked.fileable()).isTrue();
        assessments.file(order, CrossBorderFixtures.completeAnswers(), null);

        DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
        assessments.refuse(assessment, "The recipient's onward transfers are not limited.");

        assertThat(orders.purchase(order).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(events.stream(AssessmentDecided.class))
                .extracting(AssessmentDecided::decision)
                .containsExactly("MORE_REQUESTED", "REFUSED");
        assertThatThrownBy(() -> assessments.approve(assessment, null)).isInstanceOf(IllegalAssessmentStep.class);
    }

    @Test
    void theExportersAnnualTotalIncludesEarlierOrdersSoSplittingAnOrderDoesNotHelp() {
        ListingDetails general = f.listing(DataClassification.GENERAL, l -> true);
        f.declare(general.id(), CrossBorderFixtures.personal(60_000));
        f.declareMerchant(general.merchant().id(), MerchantDeclaration.empty());

        long first = f.order(general, "SG");
        long second = f.order(general, "SG");

        assertThat(events.stream(OrderRouted.class))
                .extracting(OrderRouted::orderId, OrderRouted::ruleCode, OrderRouted::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, "PERSONAL_SMALL", "ALLOWED"),
                        org.assertj.core.groups.Tuple.tuple(second, "PERSONAL_MEDIUM", "NEEDS_REVIEW"));
        assertThat(orders.paymentHold(first)).isEmpty();
        assertThat(orders.paymentHold(second)).isPresent();
    }

    @Test
    void transfersDeclaredOutsideDataPortCountToo() {
        ListingDetails general = f.listing(DataClassification.GENERAL, l -> true);
        f.declare(general.id(), CrossBorderFixtures.noPersonalInformation());
        ListingDetails other = f.listing(
                DataClassification.GENERAL,
                l -> l.merchant().id() != general.merchant().id());
        f.declare(other.id(), CrossBorderFixtures.personal(1));
        f.declareMerchant(
                other.merchant().id(),
                new MerchantDeclaration(
                        false,
                        false,
                        "OTHER",
                        java.time.LocalDate.now(dataport.audit.AuditService.ZONE)
                                .getYear(),
                        999_999,
                        0));

        f.order(other, "JP");

        assertThat(events.stream(OrderRouted.class))
                .extracting(OrderRouted::ruleCode)
                .containsExactly("PERSONAL_LARGE");
    }
}
