package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.search.IndexStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RebuildProgressTest {

    private static final Instant START = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aRunningRebuildReportsItsShareRateAndTimeLeft() {
        var r = new IndexStatus.Rebuild("admin", true, 25_000, 100_000, START, null, null);
        Instant now = START.plusSeconds(5);

        assertThat(r.fraction()).isEqualTo(0.25);
        assertThat(r.rate(now)).isEqualTo(5_000.0);
        assertThat(r.remaining(now)).isEqualTo(Duration.ofSeconds(15));
        assertThat(IndexMaintenance.describe(r, now))
                .isEqualTo("Rebuilding the search index (admin): 25,000 / 100,000 listings (25%), 5,000 listings/s,"
                        + " about 15 s left");
    }

    @Test
    void aFinishedRebuildKeepsItsFiguresAndHasNoTimeLeft() {
        var r = new IndexStatus.Rebuild("admin", false, 100_000, 100_000, START, START.plusSeconds(20), null);

        assertThat(r.succeeded()).isTrue();
        assertThat(r.rate(START.plusSeconds(3_600))).isEqualTo(5_000.0);
        assertThat(r.remaining(START.plusSeconds(30))).isNull();
        assertThat(r.fraction()).isEqualTo(1.0);
    }

    @Test
    void beforeTheFirstBatchThereIsNoEstimate() {
        var r = new IndexStatus.Rebuild("start-up", true, 0, 0, START, null, null);

        assertThat(r.fraction()).isZero();
        assertThat(r.remaining(START.plusSeconds(1))).isNull();
    }
}
