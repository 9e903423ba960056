package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.shared.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryBackOffTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final DeliveryBackOff backOff = new DeliveryBackOff(clock);

    @Test
    void nothingIsDueWhileUpdatesSucceed() {
        backOff.succeeded();
        clock.advance(Duration.ofMinutes(5));

        assertThat(backOff.isDue()).isFalse();
        assertThat(backOff.isFailing()).isFalse();
    }

    @Test
    void retriesDoubleTheirIntervalFromOneSecondUpToOneMinute() {
        backOff.failed("connection refused");
        List<Long> gaps = new ArrayList<>();
        long since = 0;
        for (long second = 1; second <= 400; second++) {
            clock.advance(Duration.ofSeconds(1));
            if (backOff.isDue()) {
                gaps.add(second - since);
                since = second;
            }
            backOff.failed("still refused"); // every attempt fails again
        }

        assertThat(gaps).startsWith(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(gaps).allSatisfy(gap -> assertThat(gap).isLessThanOrEqualTo(60));
    }

    @Test
    void aSuccessResetsTheBackOff() {
        backOff.failed("down");
        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofSeconds(1));
            backOff.isDue();
        }
        assertThat(backOff.currentDelay()).isEqualTo(DeliveryBackOff.MAX);

        backOff.succeeded();
        assertThat(backOff.isFailing()).isFalse();
        backOff.failed("down again");
        clock.advance(Duration.ofSeconds(1));

        assertThat(backOff.isDue()).isTrue();
        assertThat(backOff.currentDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theFirstSuccessAfterAnOutageOwesOneMorePassForUpdatesThatFailedMeanwhile() {
        backOff.failed("down");
        clock.advance(Duration.ofSeconds(1));
        assertThat(backOff.isDue()).isTrue();

        backOff.succeeded();

        assertThat(backOff.isDue())
                .as("one pass for what failed while the others got through")
                .isTrue();
        assertThat(backOff.isDue()).as("only one").isFalse();
        assertThat(backOff.isFailing()).isFalse();
    }

    @Test
    void furtherFailuresDuringAnOutageDoNotPostponeTheNextAttempt() {
        backOff.failed("down");
        clock.advance(Duration.ofMillis(900));
        backOff.failed("down");
        clock.advance(Duration.ofMillis(100));

        assertThat(backOff.isDue()).isTrue();
    }
}
