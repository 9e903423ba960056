package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RateLimitsTest {

    private final ManualTime time = new ManualTime();

    private RateLimits limits(String search) {
        return new RateLimits(new MockEnvironment().withProperty("dataport.rate-limits.search", search), time);
    }

    @Test
    void aClientMaySpendItsWholeBudgetAtOnceAndIsThenToldHowLongToWait() {
        RateLimits limits = limits("3/PT1M");
        for (int i = 0; i < 3; i++) {
            limits.check(RateLimit.SEARCH, "203.0.113.7");
        }

        assertThatThrownBy(() -> limits.check(RateLimit.SEARCH, "203.0.113.7"))
                .isInstanceOfSatisfying(RateLimitedException.class, limited -> {
                    assertThat(limited.limit()).isEqualTo(RateLimit.SEARCH);
                    // One request comes back every 20 seconds.
                    assertThat(limited.retryAfterSeconds()).isEqualTo(20);
                });
    }

    @Test
    void theBudgetComesBackEvenlyOverThePeriod() {
        RateLimits limits = limits("3/PT1M");
        for (int i = 0; i < 3; i++) {
            limits.check(RateLimit.SEARCH, "203.0.113.7");
        }
        time.advance(Duration.ofSeconds(19));
        assertThatThrownBy(() -> limits.check(RateLimit.SEARCH, "203.0.113.7"))
                .isInstanceOf(RateLimitedException.class);

        time.advance(Duration.ofSeconds(1));
        assertThatCode(() -> limits.check(RateLimit.SEARCH, "203.0.113.7")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.check(RateLimit.SEARCH, "203.0.113.7"))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void clientsAndLimitsCountSeparately() {
        RateLimits limits = limits("1/PT1M");
        limits.check(RateLimit.SEARCH, "203.0.113.7");

        assertThatCode(() -> limits.check(RateLimit.SEARCH, "198.51.100.1")).doesNotThrowAnyException();
        assertThatCode(() -> limits.check(RateLimit.SIGN_UP, "203.0.113.7")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.check(RateLimit.SEARCH, "203.0.113.7"))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void aCallWithoutAClientIsNotLimited() {
        RateLimits limits = limits("1/PT1M");
        for (int i = 0; i < 5; i++) {
            limits.check(RateLimit.SEARCH, null);
            limits.check(RateLimit.SEARCH, " ");
        }
        assertThat(limits.clientsRemembered()).isZero();
    }

    @Test
    void theDefaultsApplyWhenNothingIsConfigured() {
        RateLimits limits = new RateLimits(new MockEnvironment(), time);
        for (int i = 0; i < 10; i++) {
            limits.check(RateLimit.SIGN_UP, "203.0.113.7");
        }
        assertThatThrownBy(() -> limits.check(RateLimit.SIGN_UP, "203.0.113.7"))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        limited -> assertThat(limited.retryAfterSeconds()).isEqualTo(360));
    }

    @Test
    void aMalformedSettingIsRefusedAtStartUp() {
        assertThatThrownBy(() -> limits("120 per minute"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataport.rate-limits.search");
    }

    @Test
    void clientsWhoseBudgetIsFullAgainAreForgotten() {
        RateLimits limits = limits("2/PT1M");
        limits.check(RateLimit.SEARCH, "203.0.113.7");
        limits.check(RateLimit.SEARCH, "198.51.100.1");
        limits.check(RateLimit.SEARCH, "198.51.100.1");
        time.advance(Duration.ofSeconds(30));

        limits.forgetRestedClients();

        // The first had spent one of two and got it back after 30 s; the second still owes one.
        assertThat(limits.clientsRemembered()).isEqualTo(1);
    }

    private static final class ManualTime implements TimeMeter {
        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
