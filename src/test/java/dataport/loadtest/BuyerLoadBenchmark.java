package dataport.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.loadtest.BuyerLoadDriver.Step;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load driver against a running site ({@code -Dload.url=http://localhost:8136}): a short clean run has no errors
 * and every step ran; the same run with the listing step pointed at a listing that does not exist reports exactly
 * those steps as errors. {@code ./dataport load-test} runs the driver itself for the real figures (README "Load test").
 */
@Tag("benchmark")
class BuyerLoadBenchmark {

    private static BuyerLoadDriver.Settings settings(Step broken) {
        String url = System.getProperty("load.url");
        assertThat(url).as("-Dload.url=<the site to drive>").isNotBlank();
        return new BuyerLoadDriver.Settings(
                URI.create(url),
                Integer.getInteger("load.buyers", 4),
                Duration.ofSeconds(Integer.getInteger("load.seconds", 40)),
                Duration.ofSeconds(2),
                Duration.ofMillis(200),
                Duration.ofMillis(600),
                Duration.ofSeconds(60),
                16,
                broken);
    }

    @Test
    void aFewBuyersCompleteEveryStepWithoutErrors() throws Exception {
        BuyerLoadDriver driver = new BuyerLoadDriver(settings(null), System.out);
        BuyerLoadDriver.Report report = driver.run(driver.discoverCatalogue());
        report.print(System.out);
        assertThat(report.errors()).isEmpty();
        for (Step step : Step.values()) {
            assertThat(report.nanos().get(step)).as(step.label).isNotEmpty();
        }
    }

    @Test
    void aBrokenStepIsReportedAsAnErrorAndOnlyThatStep() throws Exception {
        BuyerLoadDriver driver = new BuyerLoadDriver(settings(Step.LISTING), System.out);
        BuyerLoadDriver.Report report = driver.run(driver.discoverCatalogue());
        report.print(System.out);
        // The site answers 404 for a listing that does not exist (and renders its not-found page).
        assertThat(report.errors()).containsOnlyKeys("listing: http 404");
        assertThat(report.errors().get("listing: http 404"))
                .isEqualTo(report.nanos().get(Step.LISTING).size());
    }
}
