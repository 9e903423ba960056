package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeeRuleTest {

    @Test
    void theFeeIsThePercentageRoundedHalfUpPlusTheFixedAmount() {
        FeeRule rule = new FeeRule(new BigDecimal("2.5"), 30);
        assertThat(rule.feeOf(1000)).isEqualTo(25 + 30);
        assertThat(rule.feeOf(1020)).isEqualTo(26 + 30); // 25.5 rounds up
        assertThat(rule.feeOf(1019)).isEqualTo(25 + 30); // 25.475 rounds down
    }

    @Test
    void theFeeNeverExceedsTheTotal() {
        assertThat(new FeeRule(new BigDecimal("10"), 200).feeOf(150)).isEqualTo(150);
        assertThat(new FeeRule(new BigDecimal("100"), 0).feeOf(999)).isEqualTo(999);
    }

    @Test
    void aNegativeOrTooPreciseRateIsRefused() {
        assertThatThrownBy(() -> new FeeRule(new BigDecimal("-1"), 0)).hasMessage("settlement.fees.percent-invalid");
        assertThatThrownBy(() -> new FeeRule(new BigDecimal("100.01"), 0))
                .hasMessage("settlement.fees.percent-invalid");
        assertThatThrownBy(() -> new FeeRule(new BigDecimal("1.00001"), 0))
                .hasMessage("settlement.fees.percent-invalid");
        assertThatThrownBy(() -> new FeeRule(BigDecimal.ONE, -1)).hasMessage("settlement.fees.fixed-invalid");
    }

    @Test
    void partialRefundsReverseTheFeeProportionallyAndNeverMoreThanTheFee() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            long total = 1 + random.nextInt(100_000);
            long fee = new FeeRule(new BigDecimal(random.nextInt(3000)).movePointLeft(2), random.nextInt(300))
                    .feeOf(total);
            long refunded = 0;
            long reversed = 0;
            while (refunded < total) {
                long amount = 1 + (long) (random.nextDouble() * (total - refunded));
                long r = FeeRule.feeReversal(fee, total, refunded, reversed, amount);
                assertThat(r).isBetween(0L, amount);
                refunded += amount;
                reversed += r;
                assertThat(reversed).isLessThanOrEqualTo(fee);
            }
            assertThat(reversed).as("a full refund reverses the whole fee").isEqualTo(fee);
        }
    }

    @Test
    void aRefundOfMoreThanIsLeftIsRefused() {
        assertThatThrownBy(() -> FeeRule.feeReversal(10, 100, 90, 9, 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
