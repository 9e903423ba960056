package dataport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntitlementTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private static Entitlement download() {
        return new Entitlement(1, "DP-1", 10, 20, 30, EntitlementKind.DOWNLOAD, false, 5, NOW, null);
    }

    @Test
    void aDownloadEntitlementAllowsFiveDownloadsAndNoMore() {
        Entitlement e = download();
        e.attach(99);
        for (int i = 0; i < 5; i++) {
            e.useDownload(NOW);
        }

        assertThat(e.getDownloadsUsed()).isEqualTo(5);
        assertThatThrownBy(() -> e.useDownload(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFileOfAnOrderIsAttachedOnceOnly() {
        Entitlement e = download();
        e.attach(99);

        assertThatThrownBy(() -> e.attach(100)).isInstanceOf(IllegalStateException.class);
        assertThat(e.getDeliverableId()).isEqualTo(99);
    }

    @Test
    void anEndedSubscriptionIsActiveUntilItsEndAndNotAfter() {
        Entitlement e = new Entitlement(
                1, "DP-1", 10, 20, 30, EntitlementKind.API_KEY, true, 5, NOW, NOW.plus(Duration.ofDays(30)));
        Instant periodEnd = NOW.plus(Duration.ofDays(10));
        e.end(periodEnd);

        assertThat(e.isActiveAt(periodEnd.minusSeconds(1))).isTrue();
        assertThat(e.isActiveAt(periodEnd)).isFalse();
        assertThat(e.accessEnds()).isEqualTo(periodEnd);
        e.extendTo(NOW.plus(Duration.ofDays(60)));
        assertThat(e.isActiveAt(periodEnd.plusSeconds(1)))
                .as("a renewal does not undo an end")
                .isFalse();
    }

    @Test
    void aRenewedSubscriptionRunsToItsNewPeriodEnd() {
        Instant firstEnd = NOW.plus(Duration.ofDays(30));
        Entitlement e = new Entitlement(1, "DP-1", 10, 20, 30, EntitlementKind.API_KEY, true, 5, NOW, firstEnd);

        assertThat(e.isActiveAt(firstEnd)).isFalse();
        e.extendTo(firstEnd.plus(Duration.ofDays(30)));
        assertThat(e.isActiveAt(firstEnd)).isTrue();
    }

    @Test
    void tokensShowTheirPrefixAndAreStoredAsSha256() {
        String key = Tokens.generate(Tokens.API_KEY_PREFIX);

        assertThat(key).startsWith("dpk_").hasSize(4 + 43);
        assertThat(Tokens.shown(key)).hasSize(12).isEqualTo(key.substring(0, 12));
        assertThat(Tokens.hash(key)).hasSize(64).isNotEqualTo(Tokens.hash(Tokens.generate("dpk_")));
        assertThat(Tokens.hash(" " + key + "\n")).as("pasted whitespace").isEqualTo(Tokens.hash(key));
    }
}
