package dataport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedCatalogueTimingTest {

    @Test
    void theReportGivesEachPhaseItsTimeAndRate() {
        var timing = new GeneratedCatalogue.Timing(300, 5000, 3_000_000_000L, 5_000_000_000L, 20_000_000_000L, null);

        assertThat(timing.report())
                .isEqualTo("Generated catalogue: 300 merchants and 5,000 listings in 28.0 s (merchants 3.0 s; listings"
                        + " into the database 5.0 s, 1,000 listings/s; search index rebuilt 20.0 s, 250 listings/s)");
    }

    @Test
    void aFailedRebuildIsReportedAsFailedNotAsARate() {
        var timing = new GeneratedCatalogue.Timing(
                5000, 100_000, 1_000_000_000L, 2_000_000_000L, 3_000_000_000L, "SocketTimeoutException");

        assertThat(timing.report())
                .contains("search index NOT rebuilt, failed after 3.0 s (SocketTimeoutException)")
                .doesNotContain("index rebuilt");
    }
}
