package dataport.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.catalog.BillingPeriod;
import dataport.catalog.DeliveryMode;
import dataport.catalog.PricingModel;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    static FrozenPurchase purchase(PricingModel model, BillingPeriod period, Money unitPrice, int quantity) {
        return new FrozenPurchase(
                7L,
                3L,
                11L,
                Bilingual.of("Acme", "阿克米"),
                Bilingual.of("Port data", "港口数据"),
                0,
                Bilingual.of("Standard", "标准"),
                model,
                period,
                Bilingual.of("call", "次"),
                DeliveryMode.FILE,
                Bilingual.of("Internal use", "内部使用"),
                "0".repeat(64),
                unitPrice,
                quantity);
    }

    static Order order(PricingModel model, BillingPeriod period) {
        return new Order(
                "DP261207-ABCDEF",
                "key-1",
                new Order.Buyer(42L, "buyer@example.com", Locale.ENGLISH),
                purchase(model, period, Money.of("12.50", "USD"), 1),
                NOW);
    }

    @Test
    void aNewOrderAwaitsPaymentAndKeepsWhatWasBought() {
        Order order = order(PricingModel.ONE_OFF, null);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.total()).isEqualTo(Money.of("12.50", "USD"));
        assertThat(order.getTitle().zh()).isEqualTo("港口数据");
        assertThat(order.getLicence().en()).isEqualTo("Internal use");
    }

    @Test
    void anOrderGoesFromPaidThroughDeliveredToAccepted() {
        Order order = order(PricingModel.ONE_OFF, null);

        order.markPaid("pi_1", null, NOW);
        order.markDelivered("  sent by mail ", NOW.plusSeconds(60));
        order.accept(NOW.plusSeconds(120));

        assertThat(order.getStatus()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.getPaymentRef()).isEqualTo("pi_1");
        assertThat(order.getAccessUntil())
                .as("only subscriptions have an access period")
                .isNull();
    }

    @Test
    void markPaidRefusesASecondTime() {
        Order order = order(PricingModel.ONE_OFF, null);
        order.markPaid("pi_1", null, NOW);

        assertThatThrownBy(() -> order.markPaid("pi_2", null, NOW))
                .isInstanceOf(IllegalOrderTransition.class)
                .hasMessageContaining("PAID");
        assertThat(order.getPaymentRef()).isEqualTo("pi_1");
    }

    @Test
    void nothingIsDeliveredOrAcceptedBeforeItIsPaid() {
        Order order = order(PricingModel.ONE_OFF, null);

        assertThatThrownBy(() -> order.markDelivered("x", NOW)).isInstanceOf(IllegalOrderTransition.class);
        assertThatThrownBy(() -> order.accept(NOW)).isInstanceOf(IllegalOrderTransition.class);
        order.markPaid("pi_1", null, NOW);
        assertThatThrownBy(() -> order.accept(NOW)).isInstanceOf(IllegalOrderTransition.class);
    }

    @Test
    void onlyAnUnpaidOrderCanBeCancelledAndACancelledOneCannotBePaid() {
        Order paid = order(PricingModel.ONE_OFF, null);
        paid.markPaid("pi_1", null, NOW);
        assertThatThrownBy(() -> paid.cancel(NOW)).isInstanceOf(IllegalOrderTransition.class);

        Order unpaid = order(PricingModel.ONE_OFF, null);
        unpaid.cancel(NOW);
        assertThat(unpaid.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> unpaid.markPaid("pi_1", null, NOW)).isInstanceOf(IllegalOrderTransition.class);
    }

    @Test
    void refundsAndDisputesOnlyFollowAPayment() {
        Order unpaid = order(PricingModel.ONE_OFF, null);
        assertThatThrownBy(() -> unpaid.markRefunded(NOW)).isInstanceOf(IllegalOrderTransition.class);
        assertThatThrownBy(unpaid::markDisputed).isInstanceOf(IllegalOrderTransition.class);

        Order paid = order(PricingModel.ONE_OFF, null);
        paid.markPaid("pi_1", null, NOW);
        paid.markDisputed();
        paid.markRefunded(NOW);
        assertThat(paid.getStatus()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void theSessionOfAnOrderCannotBeSwappedForAnother() {
        Order order = order(PricingModel.ONE_OFF, null);
        order.attachCheckoutSession("cs_1", "https://pay/cs_1");
        order.attachCheckoutSession("cs_1", "https://pay/cs_1");

        assertThatThrownBy(() -> order.attachCheckoutSession("cs_2", "https://pay/cs_2"))
                .isInstanceOf(IllegalOrderTransition.class);
    }

    @Test
    void aSubscriptionRunsOnePeriodFromPaymentAndRenewalsOnlyMoveItForward() {
        Order order = order(PricingModel.SUBSCRIPTION, BillingPeriod.MONTH);
        order.markPaid("sub_1", "sub_1", NOW);
        assertThat(order.getAccessUntil()).isEqualTo(Instant.parse("2027-01-07T02:00:00Z"));

        order.renewUntil(Instant.parse("2027-02-07T02:00:00Z"));
        order.renewUntil(Instant.parse("2027-01-20T00:00:00Z"));
        assertThat(order.getAccessUntil()).isEqualTo(Instant.parse("2027-02-07T02:00:00Z"));

        order.endAccess(Instant.parse("2027-01-25T00:00:00Z"));
        assertThat(order.getAccessUntil()).isEqualTo(Instant.parse("2027-01-25T00:00:00Z"));
    }

    @Test
    void theUnpaidWindowIsThirtyMinutes() {
        Order order = order(PricingModel.ONE_OFF, null);

        assertThat(order.paymentWindowOver(NOW.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(order.paymentWindowOver(NOW.plus(Duration.ofMinutes(30)))).isTrue();
    }

    @Test
    void usagePlansMultiplyTheUnitPriceAndOthersBuyExactlyOne() {
        FrozenPurchase usage = purchase(PricingModel.USAGE, null, Money.of("0.05", "USD"), 300);
        assertThat(usage.total()).isEqualTo(Money.of("15.00", "USD"));

        assertThatThrownBy(() -> purchase(PricingModel.ONE_OFF, null, Money.of("5", "USD"), 2))
                .isInstanceOf(CheckoutRefused.class);
        assertThatThrownBy(() -> purchase(PricingModel.USAGE, null, Money.of("5", "USD"), 0))
                .isInstanceOf(CheckoutRefused.class);
    }

    @Test
    void zeroDecimalCurrenciesKeepWholeUnitsAndThreeDecimalOnesAreRefused() {
        FrozenPurchase yen = purchase(PricingModel.USAGE, null, Money.of("1200", "JPY"), 3);
        assertThat(yen.total().minorUnits()).isEqualTo(3600);
        assertThat(purchase(PricingModel.ONE_OFF, null, Money.of("50000", "KRW"), 1)
                        .total()
                        .minorUnits())
                .isEqualTo(50000);

        assertThatThrownBy(() -> purchase(PricingModel.ONE_OFF, null, Money.of("1.250", "BHD"), 1))
                .isInstanceOfSatisfying(CheckoutRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(CheckoutRefused.Reason.CURRENCY);
                    assertThat(e.messageKey()).isEqualTo("orders.checkout.refused.currency");
                });
        assertThatThrownBy(() -> FrozenPurchase.requirePayable(Currency.getInstance("KWD")))
                .isInstanceOf(CheckoutRefused.class);
    }

    @Test
    void quotePlansCannotBeBought() {
        assertThatThrownBy(() -> purchase(PricingModel.QUOTE, null, null, 1))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckoutRefused.Reason.QUOTE_ONLY));
    }
}
