package dataport.search.internal;

import dataport.search.SearchResults;
import dataport.search.SearchService;
import dataport.shared.RateLimit;
import dataport.shared.RateLimitedException;
import dataport.shared.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search box's typing suggestions as JSON, outside Vaadin's round trip: {@code GET /search-suggestions?q=clo}
 * answers {@code [{"listingId":42,"text":"Cloud Storage Benchmarks"}, …]} (at most eight published listings' titles,
 * what the public search page shows anyway). Public and session-free: it reads no session and creates none. Limited
 * per client address ({@link RateLimit#SUGGESTIONS}, 600 a minute by default: one request per pause in typing); over
 * the limit it answers 429 with an empty list and {@code Retry-After}, and the box simply offers nothing. Browsers may
 * keep an answer for a minute (a newly published title may take that long to be suggested).
 */
@RestController
class SuggestionController {

    private static final CacheControl KEEP =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate();

    private final SearchService search;
    private final RateLimits rateLimits;

    SuggestionController(SearchService search, RateLimits rateLimits) {
        this.search = search;
        this.rateLimits = rateLimits;
    }

    @GetMapping(value = "/" + SearchService.SUGGESTIONS_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<SearchResults.Suggestion>> suggestions(
            @RequestParam(name = "q", defaultValue = "") String typed, HttpServletRequest request) {
        try {
            rateLimits.check(RateLimit.SUGGESTIONS, request.getRemoteAddr());
        } catch (RateLimitedException limited) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()))
                    .body(List.of());
        }
        return ResponseEntity.ok().cacheControl(KEEP).body(search.suggest(typed));
    }
}
