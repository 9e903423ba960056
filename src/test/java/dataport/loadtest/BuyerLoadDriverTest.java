package dataport.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.loadtest.BuyerLoadDriver.Step;
import dataport.loadtest.BuyerLoadDriver.StepFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The load driver's own judgement of a rendered page, its arguments and its figures: no server needed. */
class BuyerLoadDriverTest {

    @Test
    void theNotFoundOrErrorPageCountsAsAnErrorOnEveryStep() {
        String notFound = "{\"changes\":[{\"key\":\"className\",\"value\":\"dp-page dp-message-page\"}]}";
        for (Step step : Step.values()) {
            assertThatThrownBy(() -> BuyerLoadDriver.check(step, "/listings/999999999", notFound, null))
                    .isInstanceOfSatisfying(
                            StepFailure.class, f -> assertThat(f.kind).isEqualTo("error page"));
        }
    }

    @Test
    void aSearchPageShowingTheRateLimitNoticeCountsAsAnError() {
        String limited = "{\"id\":\"search-heading\"} {\"id\":\"search-rate-limited\"}";
        assertThatThrownBy(() -> BuyerLoadDriver.check(Step.SEARCH, "/search", limited, null))
                .isInstanceOfSatisfying(
                        StepFailure.class, f -> assertThat(f.kind).isEqualTo("rate limited"));
    }

    @Test
    void aPageThatIsNotTheStepsViewCountsAsUnexpected() {
        String home = "{\"key\":\"id\",\"value\":\"recent-listings\"}";
        assertThatThrownBy(() -> BuyerLoadDriver.check(Step.LISTING, "/listings/3", home, null))
                .isInstanceOfSatisfying(
                        StepFailure.class, f -> assertThat(f.kind).isEqualTo("unexpected page"));
        assertThatThrownBy(() -> BuyerLoadDriver.check(Step.FACET, "/search", home, null))
                .isInstanceOfSatisfying(
                        StepFailure.class, f -> assertThat(f.kind).isEqualTo("unexpected page"));
    }

    @Test
    void aSearchStepRemembersTheListingsItsResultsLinkTo() throws StepFailure {
        List<Long> found = new ArrayList<>(List.of(99L));
        String results =
                "{\"id\":\"search-heading\"} <a href=\\\"listings/42\\\">A</a> <a href=\\\"listings/7\\\">B</a>"
                        + " <a href=\\\"listings/42\\\">A again</a>";
        BuyerLoadDriver.check(Step.SEARCH, "/search", results, found);
        assertThat(found).containsExactly(42L, 7L);
    }

    @Test
    void aRenderedListingPagePasses() throws StepFailure {
        BuyerLoadDriver.check(Step.LISTING, "/listings/3", "{\"className\":\"dp-page dp-listing\"}", null);
    }

    @Test
    void queriesAreTakenFromTitlesInBothLanguages() {
        Set<String> english = new LinkedHashSet<>();
        BuyerLoadDriver.englishWords("Daily Weather Observations for Shanghai", english);
        assertThat(english).containsExactly("weather", "weather observations");
        Set<String> chinese = new LinkedHashSet<>();
        BuyerLoadDriver.chineseWords("上海每日气象观测 API", chinese);
        assertThat(chinese).containsExactly("上海", "上海每日");
    }

    @Test
    void theInitialUiIsReadFromThePageWhenItCarriesOne() {
        String page = "<html><script>window.Vaadin.TypeScript= {\"appConfig\":{\"v-uiId\":0}};</script></html>";
        assertThat(BuyerLoadDriver.initialJson(page)).contains("\"v-uiId\":0").doesNotContain("</script>");
        assertThat(BuyerLoadDriver.initialJson("<html></html>")).isNull();
    }

    @Test
    void argumentsDefaultTo200BuyersForFiveMinutesArrivingOver30Seconds() {
        BuyerLoadDriver.Settings defaults = BuyerLoadDriver.Settings.parse(new String[0]);
        assertThat(defaults.buyers()).isEqualTo(200);
        assertThat(defaults.duration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.rampUp()).isEqualTo(Duration.ofSeconds(30));
        BuyerLoadDriver.Settings quick = BuyerLoadDriver.Settings.parse(new String[] {
            "--url",
            "http://localhost:8140/",
            "--buyers",
            "4",
            "--minutes",
            "0.5",
            "--think-ms",
            "100-200",
            "--break",
            "listing"
        });
        assertThat(quick.base()).hasToString("http://localhost:8140");
        assertThat(quick.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(quick.thinkMin()).isEqualTo(Duration.ofMillis(100));
        assertThat(quick.broken()).isEqualTo(Step.LISTING);
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> ms = new ArrayList<>();
        for (long i = 1; i <= 100; i++) {
            ms.add(i * 1_000_000);
        }
        assertThat(BuyerLoadDriver.Report.percentile(ms, 50)).isEqualTo(50.0);
        assertThat(BuyerLoadDriver.Report.percentile(ms, 95)).isEqualTo(95.0);
        assertThat(BuyerLoadDriver.Report.percentile(List.of(), 95)).isZero();
    }
}
