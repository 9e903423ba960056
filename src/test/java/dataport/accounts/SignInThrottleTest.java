package dataport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveFailuresWithinFifteenMinutesBlockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.isBlocked("ann@example.com", "10.0.0." + i)).isFalse();
            throttle.failed("ann@example.com", "10.0.0." + i);
            now = now.plus(Duration.ofMinutes(2));
        }

        assertThat(throttle.isBlocked("ANN@example.com", "10.9.9.9")).isTrue();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("ann@example.com", "10.9.9.9")).isFalse();
    }

    @Test
    void fiveFailuresFromOneAddressBlockThatAddressForEveryAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@example.com", "10.1.1.1");
        }

        assertThat(throttle.isBlocked("someone@example.com", "10.1.1.1")).isTrue();
        assertThat(throttle.isBlocked("someone@example.com", "10.1.1.2")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotBlock() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("bob@example.com", null);
            now = now.plus(Duration.ofMinutes(4));
        }

        assertThat(throttle.isBlocked("bob@example.com", null)).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("cy@example.com", null);
        }
        throttle.succeeded("cy@example.com");
        throttle.failed("cy@example.com", null);

        assertThat(throttle.isBlocked("cy@example.com", null)).isFalse();
    }
}
