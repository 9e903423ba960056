package dataport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DownloadLinksTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));
    private final DownloadLinks links = new DownloadLinks(null, null, clock, "a-secret-for-tests");

    @Test
    void aFreshLinkPassesItsCheckAndLastsADay() {
        DownloadLinks.DownloadLink link = links.sign(41, 7);

        Parsed p = Parsed.of(link.path());
        assertThat(p.orderId).isEqualTo(41);
        assertThat(p.fileId).isEqualTo(7);
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(links.check(p.orderId, p.fileId, p.expires, p.signature)).isNull();
    }

    @Test
    void aLinkWithAnyPartChangedIsRefusedAsTampered() {
        Parsed p = Parsed.of(links.sign(41, 7).path());

        assertThat(links.check(42, p.fileId, p.expires, p.signature)).isEqualTo(Refusal.TAMPERED);
        assertThat(links.check(p.orderId, 8, p.expires, p.signature)).isEqualTo(Refusal.TAMPERED);
        assertThat(links.check(p.orderId, p.fileId, p.expires + 86_400, p.signature))
                .isEqualTo(Refusal.TAMPERED);
        String flipped = (p.signature.charAt(0) == 'a' ? "b" : "a") + p.signature.substring(1);
        assertThat(links.check(p.orderId, p.fileId, p.expires, flipped)).isEqualTo(Refusal.TAMPERED);
        assertThat(links.check(p.orderId, p.fileId, p.expires, null)).isEqualTo(Refusal.TAMPERED);
        assertThat(links.check(p.orderId, p.fileId, p.expires, "")).isEqualTo(Refusal.TAMPERED);
    }

    @Test
    void aLinkSignedWithAnotherSecretIsRefused() {
        Parsed p = Parsed.of(new DownloadLinks(null, null, clock, "another-secret")
                .sign(41, 7)
                .path());

        assertThat(links.check(p.orderId, p.fileId, p.expires, p.signature)).isEqualTo(Refusal.TAMPERED);
    }

    @Test
    void aLinkStopsWorkingWhenItsDayIsOver() {
        Parsed p = Parsed.of(links.sign(41, 7).path());

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(links.check(p.orderId, p.fileId, p.expires, p.signature)).isNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.check(p.orderId, p.fileId, p.expires, p.signature)).isEqualTo(Refusal.EXPIRED);
    }

    record Parsed(long orderId, long fileId, long expires, String signature) {

        static Parsed of(String path) {
            String[] pathAndQuery = path.split("\\?");
            String[] parts = pathAndQuery[0].split("/");
            String expires = null;
            String signature = null;
            for (String pair : pathAndQuery[1].split("&")) {
                String[] kv = pair.split("=");
                if (kv[0].equals("expires")) {
                    expires = kv[1];
                } else if (kv[0].equals("signature")) {
                    signature = kv[1];
                }
            }
            return new Parsed(Long.parseLong(parts[2]), Long.parseLong(parts[3]), Long.parseLong(expires), signature);
        }
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
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
    }
}
