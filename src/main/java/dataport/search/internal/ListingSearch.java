package dataport.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import dataport.catalog.BillingPeriod;
import dataport.catalog.PricingModel;
import dataport.merchants.Origin;
import dataport.search.QueryText;
import dataport.search.SearchRequest;
import dataport.search.SearchResults;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Queries over the listings index (reads only; {@link ListingIndex} writes it). */
@Component
public class ListingSearch {

    /** Fields a query text is matched against, with their weights: titles first, then tags, names, summaries. */
    private static final List<String> SEARCH_FIELDS = List.of(
            "titleEn^4",
            "titleZh^4",
            "titleZh.bigram^3",
            "tags^3",
            "summaryEn^2",
            "summaryZh^2",
            "summaryZh.bigram^1.5",
            "merchantNameEn^2",
            "merchantNameZh^2",
            "categoryNameEn^2",
            "categoryNameZh^2",
            "trackNameEn",
            "trackNameZh",
            "descriptionEn",
            "descriptionZh",
            "descriptionZh.bigram^0.5");

    /** Latin-script fields where a typo ("clod storage") should still find the listing. */
    private static final List<String> FUZZY_FIELDS =
            List.of("titleEn^4", "summaryEn^2", "merchantNameEn^2", "categoryNameEn^2", "trackNameEn");

    /** Up to two words: all must match; more: three quarters of them. */
    private static final String MINIMUM_SHOULD_MATCH = "2<75%";

    private static final Set<String> HIGHLIGHTED =
            Set.of("titleEn", "titleZh", "titleZh.bigram", "summaryEn", "summaryZh", "summaryZh.bigram");

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    ListingSearch(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    public SearchResults search(QueryText text, int page) throws IOException {
        int from = page * SearchRequest.PAGE_SIZE;
        // Elasticsearch refuses from + size beyond 10,000: a page past that is simply empty.
        if (from + SearchRequest.PAGE_SIZE > 10_000) {
            return new SearchResults(SearchResults.Status.OK, text, 0, page, List.of());
        }
        Query query = text.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : relevance(text.value());
        SearchResponse<ListingDocument> response = client.search(
                s -> {
                    s.index(properties.alias())
                            .query(query)
                            .from(from)
                            .size(SearchRequest.PAGE_SIZE)
                            .trackTotalHits(t -> t.enabled(true))
                            .highlight(highlight());
                    if (text.isEmpty()) {
                        s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
                    }
                    return s;
                },
                ListingDocument.class);
        long total =
                response.hits().total() == null ? 0 : response.hits().total().value();
        List<SearchResults.Hit> hits = response.hits().hits().stream()
                .filter(h -> h.source() != null)
                .map(h -> toHit(h.source(), h.highlight()))
                .toList();
        return new SearchResults(SearchResults.Status.OK, text, total, page, hits);
    }

    /**
     * Any of: the words (with synonyms, both languages) in the best-matching field; the same with typos forgiven in
     * English text; plus boosts for the whole phrase and for a title that is exactly the query.
     */
    private static Query relevance(String text) {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        return Query.of(q -> q.bool(b -> b.should(s -> s.multiMatch(mm -> mm.query(text)
                        .fields(SEARCH_FIELDS)
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3)
                        .minimumShouldMatch(MINIMUM_SHOULD_MATCH)))
                .should(s -> s.multiMatch(mm -> mm.query(text)
                        .fields(FUZZY_FIELDS)
                        // Unstemmed query words against the stemmed index: "lerning" is one edit from
                        // "learning", but its stem "lern" is four away. No synonym graph either: a graph cannot be
                        // made fuzzy.
                        .analyzer("standard")
                        .fuzziness("AUTO")
                        .prefixLength(1)
                        .maxExpansions(20)
                        .minimumShouldMatch(MINIMUM_SHOULD_MATCH)
                        .boost(0.4f)))
                .should(s -> s.multiMatch(mm -> mm.query(text)
                        .fields("titleEn^2", "titleZh^2", "summaryEn", "summaryZh")
                        .type(TextQueryType.Phrase)
                        .boost(2f)))
                .should(s ->
                        s.term(t -> t.field("titleEn.exact").value(lowerCase).boost(5f)))
                .should(s ->
                        s.term(t -> t.field("titleZh.exact").value(lowerCase).boost(5f)))
                .minimumShouldMatch("1")));
    }

    private static Highlight highlight() {
        Map<String, HighlightField> fields = new LinkedHashMap<>();
        HIGHLIGHTED.forEach(f -> fields.put(f, HighlightField.of(h -> h.numberOfFragments(0))));
        // encoder=html escapes the listing's own text; only the <mark> tags added here are markup.
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html)
                .preTags("<mark>")
                .postTags("</mark>")
                .fields(fields));
    }

    private static SearchResults.Hit toHit(ListingDocument d, Map<String, List<String>> highlights) {
        Money price = d.priceFromMinor() == null ? null : Money.ofMinor(d.priceFromMinor(), d.priceFromCurrency());
        return new SearchResults.Hit(
                d.id(),
                Bilingual.of(d.titleEn(), d.titleZh()),
                Bilingual.of(d.summaryEn(), d.summaryZh()),
                Bilingual.of(first(highlights, "titleEn"), first(highlights, "titleZh", "titleZh.bigram")),
                Bilingual.of(first(highlights, "summaryEn"), first(highlights, "summaryZh", "summaryZh.bigram")),
                d.merchantId(),
                Bilingual.of(d.merchantNameEn(), d.merchantNameZh()),
                d.merchantOrigin() == null ? null : Origin.valueOf(d.merchantOrigin()),
                d.merchantCountry(),
                Bilingual.of(d.categoryNameEn(), d.categoryNameZh()),
                price,
                d.priceFromModel() == null ? null : PricingModel.valueOf(d.priceFromModel()),
                d.priceFromPeriod() == null ? null : BillingPeriod.valueOf(d.priceFromPeriod()));
    }

    private static String first(Map<String, List<String>> highlights, String... fields) {
        for (String field : fields) {
            List<String> fragments = highlights.get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.getFirst();
            }
        }
        return null;
    }
}
