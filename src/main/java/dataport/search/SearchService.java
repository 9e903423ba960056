package dataport.search;

import dataport.search.internal.ListingSearch;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds published listings. When Elasticsearch cannot be reached the answer says so instead of failing, so pages can
 * tell the buyer and keep working; the next search tries again, so search recovers without a restart.
 */
@Service
public class SearchService {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    /** Where the search box asks for its typing suggestions (JSON, outside Vaadin's round trip; no leading slash). */
    public static final String SUGGESTIONS_PATH = "search-suggestions";

    private final ListingSearch index;

    SearchService(ListingSearch index) {
        this.index = index;
    }

    public SearchResults search(SearchRequest request) {
        QueryText text = QueryText.of(request.text());
        try {
            return index.search(text, request);
        } catch (IOException | RuntimeException e) {
            log.warn("Search unavailable: {}", e.toString());
            return SearchResults.unavailable(text, request);
        }
    }

    /** Listing titles completing what is typed; none while search is unavailable (typing must never fail). */
    public List<SearchResults.Suggestion> suggest(String typed) {
        try {
            return index.suggest(typed);
        } catch (IOException | RuntimeException e) {
            log.warn("Suggestions unavailable: {}", e.toString());
            return List.of();
        }
    }
}
