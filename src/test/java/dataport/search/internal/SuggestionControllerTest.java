package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.search.SearchResults;
import dataport.search.SearchService;
import dataport.shared.RateLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class SuggestionControllerTest {

    @Autowired
    SearchService search;

    @Autowired
    SuggestionController controller;

    @Test
    void answersPublishedTitlesCompletingWhatIsTypedAsJsonTheBrowserMayKeepAMinute() {
        var answer = controller.suggestions("Post-Quan", from("203.0.113.20"));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody())
                .extracting(SearchResults.Suggestion::text)
                .anySatisfy(t -> assertThat(t).startsWith("Post-Quantum"));
        assertThat(answer.getHeaders().getCacheControl()).contains("max-age=60").contains("private");
        // What the box's data provider reads: the label path "text" and the id path "listingId".
        assertThat(JsonMapper.builder().build().writeValueAsString(answer.getBody()))
                .contains("\"listingId\":")
                .contains("\"text\":\"Post-Quantum");
    }

    @Test
    void chineseTypingIsAnsweredWithChineseTitles() {
        assertThat(controller.suggestions("隐私", from("203.0.113.21")).getBody())
                .extracting(SearchResults.Suggestion::text)
                .anySatisfy(t -> assertThat(t).contains("隐私"));
    }

    @Test
    void nothingTypedOrOnlySymbolsIsAnsweredWithNothingNotAnError() {
        assertThat(controller.suggestions("", from("203.0.113.22")).getBody()).isEmpty();
        assertThat(controller
                        .suggestions("\"*(){}[]\u0000", from("203.0.113.22"))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void aClientOverItsBudgetGetsTooManyRequestsWithAnEmptyListAndWhenToRetry() {
        var limits = new RateLimits(new MockEnvironment().withProperty("dataport.rate-limits.suggestions", "1/PT1H"));
        var limited = new SuggestionController(search, limits);
        assertThat(limited.suggestions("stora", from("203.0.113.23")).getBody()).isNotEmpty();

        var answer = limited.suggestions("stora", from("203.0.113.23"));

        assertThat(answer.getStatusCode().value()).isEqualTo(429);
        assertThat(answer.getBody()).isEmpty();
        assertThat(Long.parseLong(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isPositive();
        // Another client still has its budget.
        assertThat(limited.suggestions("stora", from("198.51.100.9"))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search-suggestions");
        request.setRemoteAddr(address);
        return request;
    }
}
