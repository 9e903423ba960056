package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingDetails;
import dataport.delivery.PaidOrders;
import dataport.delivery.Purchases;
import dataport.orders.OrderPayments;
import dataport.orders.OrderPayments.Outcome;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.orders.PurchasedItem;
import dataport.shared.TestClock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Real paid orders through the orders module: the charge is posted in the payment's transaction, and Stripe's refund
 * and dispute webhooks (as {@link OrderPayments#once} applies them) change the books once however often they come.
 */
@IntegrationTest
class SettlementFlowTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderPayments payments;

    @Autowired
    OrderService orders;

    @Autowired
    Settlements settlements;

    @Autowired
    Purchases purchases;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long paidOrder() {
        PaidOrders paid = new PaidOrders(context);
        ListingDetails listing = paid.listing(DeliveryMode.FILE, l -> true);
        return paid.paidOrder(listing);
    }

    private long entries(long orderId, String kind) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM journal_entry WHERE order_id = ? AND kind = ?", Long.class, orderId, kind);
    }

    @Test
    void aPaidOrderIsChargedInThePaymentsTransactionWithTheFeeOfTheDay() {
        long orderId = paidOrder();
        PurchasedItem item = orders.purchase(orderId).orElseThrow();
        SettlementView money = settlements.view(orderId).orElseThrow();

        long total = item.total().minorUnits();
        assertThat(money.totalMinor()).isEqualTo(total);
        assertThat(money.feeMinor())
                .isEqualTo(settlements.feeRuleAt("CNY", item.paidAt()).feeOf(total));
        assertThat(money.shareMinor()).isEqualTo(total - money.feeMinor());
        assertThat(money.state()).isEqualTo(SettlementState.PENDING);
        assertThat(money.holdUntil()).isEqualTo(item.paidAt().plus(settlements.hold()));
        assertThat(entries(orderId, "CHARGE")).isEqualTo(1);
    }

    @Test
    void aRefundWebhookDeliveredTwiceAndListedAgainOnTheChargeIsRecordedOnce() {
        long orderId = paidOrder();
        String refundId = "re_test_" + UUID.randomUUID();
        String eventId = "evt_refund_" + UUID.randomUUID();
        long total = settlements.view(orderId).orElseThrow().totalMinor();
        long part = total / 3;

        Outcome first = payments.once(
                eventId, "refund.created", p -> p.refundReported(orderId, null, refundId, part, "succeeded"));
        Outcome again = payments.once(
                eventId, "refund.created", p -> p.refundReported(orderId, null, refundId, part, "succeeded"));
        Outcome listed = payments.once(
                "evt_charge_refunded_" + UUID.randomUUID(),
                "charge.refunded",
                p -> p.refundReported(orderId, null, refundId, part, "succeeded"));

        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(listed.text()).contains("already recorded");
        assertThat(entries(orderId, "REFUND")).isEqualTo(1);
        SettlementView money = settlements.view(orderId).orElseThrow();
        assertThat(money.refundedMinor()).isEqualTo(part);
        assertThat(money.state()).isEqualTo(SettlementState.PENDING);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_refund WHERE order_id = ?", Long.class, orderId))
                .isEqualTo(1);
    }

    @Test
    void aStripeDisputeFreezesTheShareOnceAndAWonDisputeReleasesItOnce() {
        long orderId = paidOrder();
        String disputeId = "dp_test_" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            String eventId = "evt_dispute_created_" + disputeId + (i == 0 ? "" : "_redelivered_as_new_id");
            payments.once(
                    eventId, "charge.dispute.created", p -> p.disputeReported(orderId, null, disputeId, "fraudulent"));
        }
        assertThat(settlements.view(orderId).orElseThrow().state()).isEqualTo(SettlementState.HELD);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM settlement_dispute WHERE stripe_dispute_id = ?", Long.class, disputeId))
                .isEqualTo(1);
        assertThat(entries(orderId, "DISPUTE_HOLD")).isEqualTo(1);

        // held: acceptance and the hold's end do not release it
        assertThat(settlements.release(orderId)).isFalse();

        for (int i = 0; i < 2; i++) {
            payments.once(
                    "evt_dispute_closed_" + disputeId + i,
                    "charge.dispute.closed",
                    p -> p.disputeClosed(orderId, null, disputeId, 0, "won"));
        }
        assertThat(settlements.view(orderId).orElseThrow().state()).isEqualTo(SettlementState.RELEASED);
        assertThat(entries(orderId, "DISPUTE_RELEASE")).isEqualTo(1);
    }

    @Test
    void aLostStripeDisputeRefundsWhatIsLeftAndEndsTheBuyersAccess() {
        long orderId = paidOrder();
        String disputeId = "dp_test_" + UUID.randomUUID();
        payments.once(
                "evt_" + disputeId,
                "charge.dispute.created",
                p -> p.disputeReported(orderId, null, disputeId, "fraudulent"));
        payments.once(
                "evt_closed_" + disputeId,
                "charge.dispute.closed",
                p -> p.disputeClosed(orderId, null, disputeId, 0, "lost"));
        payments.once(
                "evt_closed_" + disputeId,
                "charge.dispute.closed",
                p -> p.disputeClosed(orderId, null, disputeId, 0, "lost"));

        SettlementView money = settlements.view(orderId).orElseThrow();
        assertThat(money.state()).isEqualTo(SettlementState.REFUNDED);
        assertThat(money.refundedMinor()).isEqualTo(money.totalMinor());
        assertThat(money.feeReversedMinor()).isEqualTo(money.feeMinor());
        assertThat(entries(orderId, "REFUND")).isEqualTo(1);
    }

    @Test
    void aFullRefundMarksTheOrderRefundedAndStopsItsDownloads() {
        long orderId = paidOrder();
        long total = settlements.view(orderId).orElseThrow().totalMinor();
        String refundId = "re_full_" + UUID.randomUUID();
        PaidOrders.await(
                () -> purchases
                        .purchase(orderId)
                        .map(o -> o.entitlement() != null)
                        .orElse(false),
                "the order's entitlement is granted");

        payments.once(
                "evt_" + refundId,
                "refund.created",
                p -> p.refundReported(orderId, null, refundId, total, "succeeded"));

        assertThat(orders.purchase(orderId).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(settlements.view(orderId).orElseThrow().state()).isEqualTo(SettlementState.REFUNDED);
        PaidOrders.await(
                () -> !purchases.purchase(orderId).orElseThrow().entitlement().active(),
                "the refunded order's access ends");
    }

    @Test
    void theHoldEndsAfterTheConfiguredDaysWhenNobodyAcceptsOrDisputes() {
        TestClock clock = new TestClock(Instant.now());
        Settlements timed = SettlementFixtures.settlements(context, clock, 7);
        long order = 7_000_000_000L + System.nanoTime() % 1_000_000_000L;
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        tx.executeWithoutResult(s -> timed.charge(order, order, "JPY", 5000, clock.instant()));

        clock.advance(java.time.Duration.ofDays(7).minusSeconds(1));
        Boolean early = tx.execute(s -> timed.releaseIfDue(order));
        assertThat(early).isFalse();
        clock.advance(java.time.Duration.ofSeconds(1));
        Boolean due = tx.execute(s -> timed.releaseIfDue(order));
        assertThat(due).isTrue();
        assertThat(timed.view(order).orElseThrow().state()).isEqualTo(SettlementState.RELEASED);
    }
}
