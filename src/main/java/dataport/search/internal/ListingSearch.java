package dataport.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import dataport.catalog.BillingPeriod;
import dataport.catalog.PricingModel;
import dataport.merchants.Origin;
import dataport.search.QueryText;
import dataport.search.SearchFacet;
import dataport.search.SearchFacet.MinimumStars;
import dataport.search.SearchFacet.PriceRange;
import dataport.search.SearchRequest;
import dataport.search.SearchResults;
import dataport.search.SearchResults.FacetValue;
import dataport.search.SearchResults.MatchedField;
import dataport.search.SearchSort;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Queries over the listings index (reads only; {@link ListingIndex} writes it): results with facets, highlights and
 * why each matched; completions while typing; "did you mean" and looser alternatives when nothing matched.
 */
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
            // Bigrams only: the long Chinese description through smartcn halved the indexing rate.
            "descriptionZh");

    /** Latin-script fields where a typo ("clod storage") should still find the listing. */
    private static final List<String> FUZZY_FIELDS =
            List.of("titleEn^4", "summaryEn^2", "merchantNameEn^2", "categoryNameEn^2", "trackNameEn");

    /** Up to two words: all must match; more: three quarters of them. */
    private static final String MINIMUM_SHOULD_MATCH = "2<75%";

    /** The weight of an own-language hit matching in its summary or description only, against a translation leg. */
    private static final double DESCRIPTION_ONLY_WEIGHT = 0.3;

    /** Highlighted fields shown whole (titles, summaries, tags, names) and where each counts as a match. */
    private static final Map<String, MatchedField> WHOLE = orderedMap(
            "titleEn", MatchedField.TITLE,
            "titleZh", MatchedField.TITLE,
            "titleZh.bigram", MatchedField.TITLE,
            "summaryEn", MatchedField.SUMMARY,
            "summaryZh", MatchedField.SUMMARY,
            "summaryZh.bigram", MatchedField.SUMMARY,
            "tags", MatchedField.TAGS,
            "merchantNameEn", MatchedField.MERCHANT,
            "merchantNameZh", MatchedField.MERCHANT,
            "merchantNameZh.bigram", MatchedField.MERCHANT,
            "categoryNameEn", MatchedField.CATEGORY,
            "categoryNameZh", MatchedField.CATEGORY);

    /**
     * Each highlighted field's index analyzer (listings-index.json): the words-only highlight query analyses the typed
     * text as the listing's text was analysed, so no synonym of the search analyzers takes part.
     */
    private static final Map<String, String> INDEX_ANALYZERS = Map.ofEntries(
            Map.entry("titleEn", "dataport_english"),
            Map.entry("titleZh", "dataport_chinese"),
            Map.entry("titleZh.bigram", "dataport_cjk"),
            Map.entry("summaryEn", "dataport_english"),
            Map.entry("summaryZh", "dataport_chinese"),
            Map.entry("summaryZh.bigram", "dataport_cjk"),
            Map.entry("tags", "dataport_chinese"),
            Map.entry("merchantNameEn", "dataport_english"),
            Map.entry("merchantNameZh", "dataport_chinese"),
            Map.entry("merchantNameZh.bigram", "dataport_cjk"),
            Map.entry("categoryNameEn", "dataport_english"),
            Map.entry("categoryNameZh", "dataport_chinese"));

    /** With TRACE on, each highlighted request's body and the other highlight variant, one JSON line (for ab-highlight.py). */
    private static final org.slf4j.Logger highlightAb =
            org.slf4j.LoggerFactory.getLogger("dataport.search.highlight-ab");

    private static final Pattern MARK = Pattern.compile("<mark>(.+?)</mark>");
    private static final int MAX_MATCHED_TERMS = 6;
    private static final int ALTERNATIVES = 5;
    private static final int MAX_CROSS_FIELD_WORDS = 6;
    private static final int SUGGESTIONS = 8;
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    /** One DEBUG line per search with each Elasticsearch request's own time and the wall time (README breakdown). */
    private static final org.slf4j.Logger timing = org.slf4j.LoggerFactory.getLogger("dataport.search.timing");

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient async;
    private final SearchProperties properties;
    private final Lexicon lexicon;
    private final float crossLanguageBoost;
    private final CrossLanguageQuery.Mode crossLanguageMode;
    private final boolean interleave;
    private final boolean highlightWordsOnly;

    ListingSearch(
            ElasticsearchClient client,
            SearchProperties properties,
            Lexicon lexicon,
            @Value("${dataport.search.cross-language-boost:0.5}") float crossLanguageBoost,
            @Value("${dataport.search.cross-language-mode:both}") String crossLanguageMode,
            @Value("${dataport.search.cross-language-interleave:true}") boolean interleave,
            @Value("${dataport.search.highlight-words-only:true}") boolean highlightWordsOnly) {
        this.client = client;
        this.async = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
        this.properties = properties;
        this.lexicon = lexicon;
        this.crossLanguageBoost = crossLanguageBoost;
        this.crossLanguageMode = CrossLanguageQuery.Mode.of(crossLanguageMode);
        this.interleave = interleave;
        this.highlightWordsOnly = highlightWordsOnly;
    }

    /** The first page of a plain text search, as the benchmark runs it. */
    public SearchResults search(QueryText text, int page) throws IOException {
        return search(text, new SearchRequest(text.value(), page, Locale.ENGLISH));
    }

    /**
     * One page of results with facet counts. Filters go into a post filter, so they never change scores, and each
     * facet is counted under the other facets' filters only (disjunctive faceting): ticking "API" still shows how many
     * "File" listings there are. A page past the end gives the last page instead.
     */
    public SearchResults search(QueryText text, SearchRequest request) throws IOException {
        long started = System.nanoTime();
        StringBuilder timed = timing.isDebugEnabled() ? new StringBuilder(120) : null;
        Query query = query(text);
        Map<SearchFacet, Query> filters = filters(request);
        // Two requests at once: the counts (size 0, kept by Elasticsearch's request cache until the next refresh, so
        // page 2 or a repeated query costs nothing) and the page itself, which counts nothing and so can skip
        // listings that cannot reach the top of the page.
        // A long text (pasted, rarely repeated) is matched once only: its matching is what costs, and no cache helps.
        boolean split = text.value().split(" ").length <= MAX_CROSS_FIELD_WORDS;
        CompletableFuture<SearchResponse<Void>> counting =
                split ? async.search(counts(query, filters), Void.class) : null;
        // A text in one language: the listings found only through a translation get fair places (see Interleaving).
        Optional<List<Query>> translatedOnly = legs(text, request);
        if (translatedOnly.isPresent() && !split) {
            counting = async.search(counts(query, filters), Void.class);
            split = true;
        }
        SearchResponse<ListingDocument> response = null;
        if (translatedOnly.isEmpty()) {
            var pageRequest = split
                    ? page(query, filters, request, request.page())
                    : pageWithCounts(query, filters, request, request.page());
            traceHighlightAb(pageRequest, text);
            response = client.search(pageRequest, ListingDocument.class);
        }
        if (timed != null && response != null) {
            timed.append(" page took=").append(response.took()).append("ms at=").append(since(started));
        }
        SearchResponse<?> counts = split ? join(counting) : response;
        if (timed != null) {
            timed.append(" counts took=").append(counts.took()).append("ms at=").append(since(started));
        }
        long total = counts.aggregations().get("total").filter().docCount();
        int page = request.page();
        List<SearchResults.Hit> hits;
        if (translatedOnly.isPresent()) {
            hits = interleaved(query, translatedOnly.get(), filters, request, page, timed);
            if (hits.isEmpty() && total > 0 && page > 0) {
                page = (int) Math.min((total - 1) / SearchRequest.PAGE_SIZE, SearchRequest.MAX_PAGE);
                hits = interleaved(query, translatedOnly.get(), filters, request, page, timed);
            }
        } else {
            if (response.hits().hits().isEmpty() && total > 0 && page > 0) {
                page = (int) Math.min((total - 1) / SearchRequest.PAGE_SIZE, SearchRequest.MAX_PAGE);
                response = client.search(page(query, filters, request, page), ListingDocument.class);
            }
            hits = hits(response);
        }
        Map<SearchFacet, List<FacetValue>> facets = facets(counts, request);
        long unfiltered = counts.aggregations().get("matched").filter().docCount();
        String didYouMean = null;
        List<SearchResults.Hit> alternatives = List.of();
        if (total == 0 && !text.isEmpty()) {
            // Both read the text loosely (typos, any word); a few words bound their cost.
            String firstWords = String.join(
                    " ",
                    Arrays.asList(text.value().split(" "))
                            .subList(0, Math.min(8, text.value().split(" ").length)));
            didYouMean = didYouMean(firstWords);
            alternatives = alternatives(firstWords);
            if (timed != null) {
                timed.append(" noHits at=").append(since(started));
            }
        }
        if (timed != null) {
            timing.debug("es total={}{}", since(started), timed);
        }
        return new SearchResults(
                SearchResults.Status.OK,
                text,
                request.withPage(page),
                total,
                page,
                hits,
                facets,
                unfiltered,
                didYouMean,
                alternatives);
    }

    private Query query(QueryText text) {
        return text.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : relevance(text.value());
    }

    /**
     * For a relevance-sorted text with a translation leg: the listings its own words find (ranked by those alone) and
     * the listings only the translation finds, the two lists {@link Interleaving} merges; else empty.
     */
    private Optional<List<Query>> legs(QueryText text, SearchRequest request) {
        if (!interleave || text.isEmpty() || crossLanguageBoost <= 0 || request.sort() != SearchSort.RELEVANCE) {
            return Optional.empty();
        }
        Query own = relevance(text.value(), false, false);
        // A listing whose only match is in its running text (summary, description) ranks lower among the
        // own-language hits, so its turn does not go ahead of a title found through the translation (高程 in a
        // Chinese organisation's summary before "New Zealand Elevation").
        List<String> shortFields = SEARCH_FIELDS.stream()
                .filter(f -> !f.startsWith("description") && !f.startsWith("summary"))
                .toList();
        Query ownRanked = Query.of(q -> q.boosting(bq -> bq.positive(own)
                .negative(n -> n.bool(nb -> nb.mustNot(m -> m.multiMatch(mm -> mm.query(text.value())
                        .fields(shortFields)
                        .type(TextQueryType.CrossFields)
                        .minimumShouldMatch(MINIMUM_SHOULD_MATCH)))))
                .negativeBoost(DESCRIPTION_ONLY_WEIGHT)));
        return CrossLanguageQuery.of(text.value(), lexicon, crossLanguageBoost, crossLanguageMode)
                .map(translated -> List.of(
                        ownRanked, Query.of(q -> q.bool(b -> b.must(translated).mustNot(own)))));
    }

    /**
     * One page of the two legs merged ({@link Interleaving}): both rankings' ids and scores down to the page's end
     * (no sources, no highlights), merged, and the page's listings read with the whole query (for highlights and the
     * translations that matched) in the merged order.
     */
    private List<SearchResults.Hit> interleaved(
            Query query,
            List<Query> legs,
            Map<SearchFacet, Query> filters,
            SearchRequest request,
            int page,
            StringBuilder timed)
            throws IOException {
        long started = System.nanoTime();
        int depth = Math.min((page + 1) * SearchRequest.PAGE_SIZE, 10_000);
        if (page == 0 && highlightWordsOnly) {
            return firstPageInterleaved(legs, filters, request, started, timed);
        }
        CompletableFuture<SearchResponse<Void>> translatedFuture =
                async.search(scores(legs.get(1), filters, depth), Void.class);
        SearchResponse<Void> ownResponse = client.search(scores(legs.get(0), filters, depth), Void.class);
        List<Interleaving.Scored> own = scores(ownResponse, false);
        SearchResponse<Void> translatedResponse = join(translatedFuture);
        List<Interleaving.Scored> translated = scores(translatedResponse, true);
        timeLegs(timed, ownResponse.took(), translatedResponse.took(), started);
        List<Interleaving.Scored> merged = Interleaving.merge(own, translated, crossLanguageBoost);
        int from = page * SearchRequest.PAGE_SIZE;
        if (from >= merged.size()) {
            return List.of();
        }
        List<Long> ids = merged.subList(from, Math.min(merged.size(), from + SearchRequest.PAGE_SIZE)).stream()
                .map(Interleaving.Scored::listingId)
                .toList();
        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        var shape = page(query, filters, request, 0);
        var fetch = co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> s.index(shape.index())
                .query(q -> q.bool(b ->
                        b.must(query).filter(f -> f.terms(t -> t.field("id").terms(v -> v.value(values))))))
                .size(ids.size())
                .trackTotalHits(t -> t.enabled(false))
                .source(shape.source())
                .highlight(shape.highlight()));
        traceHighlightAb(fetch, QueryText.of(request.text()));
        SearchResponse<ListingDocument> response = client.search(fetch, ListingDocument.class);
        if (timed != null) {
            timed.append(" fetch took=")
                    .append(response.took())
                    .append("ms interleaved=")
                    .append(since(started));
        }
        Map<Long, SearchResults.Hit> byId = new java.util.HashMap<>();
        hits(response).forEach(h -> byId.put(h.listingId(), h));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The first page of the two legs merged, in one round trip: each leg brings its first page with the shown fields
     * and the highlights (words only: cheap), so the page is taken from them instead of being read again with the
     * whole query (a second, sequential request). The translations that found a listing come from the translated
     * leg's named clauses, as before; a listing found by its own words is not also said to match a translation.
     */
    private List<SearchResults.Hit> firstPageInterleaved(
            List<Query> legs, Map<SearchFacet, Query> filters, SearchRequest request, long started, StringBuilder timed)
            throws IOException {
        Highlight highlight = highlight(QueryText.of(request.text()));
        var translatedAsked = shown(scores(legs.get(1), filters, SearchRequest.PAGE_SIZE), highlight);
        traceHighlightAb(translatedAsked, QueryText.of(request.text()));
        CompletableFuture<SearchResponse<ListingDocument>> translatedFuture =
                async.search(translatedAsked, ListingDocument.class);
        var ownAsked = shown(scores(legs.get(0), filters, SearchRequest.PAGE_SIZE), highlight);
        traceHighlightAb(ownAsked, QueryText.of(request.text()));
        SearchResponse<ListingDocument> ownResponse = client.search(ownAsked, ListingDocument.class);
        SearchResponse<ListingDocument> translatedResponse = join(translatedFuture);
        timeLegs(timed, ownResponse.took(), translatedResponse.took(), started);
        List<Interleaving.Scored> merged =
                Interleaving.merge(scores(ownResponse, false), scores(translatedResponse, true), crossLanguageBoost);
        Map<Long, SearchResults.Hit> byId = new java.util.HashMap<>();
        hits(ownResponse).forEach(h -> byId.put(h.listingId(), h));
        hits(translatedResponse).forEach(h -> byId.putIfAbsent(h.listingId(), h));
        return merged.stream()
                .limit(SearchRequest.PAGE_SIZE)
                .map(s -> byId.get(s.listingId()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** A ranking request that also brings the shown fields and the highlights of its hits. */
    private static co.elastic.clients.elasticsearch.core.SearchRequest shown(
            co.elastic.clients.elasticsearch.core.SearchRequest ranking, Highlight highlight) {
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(ranking.index())
                    .query(ranking.query())
                    .size(ranking.size())
                    .trackTotalHits(ranking.trackTotalHits())
                    .source(src -> src.filter(f -> f.excludes("descriptionEn", "descriptionZh", "suggest")))
                    .highlight(highlight);
            if (ranking.postFilter() != null) {
                s.postFilter(ranking.postFilter());
            }
            return s;
        });
    }

    /** The ids and scores of a ranking down to {@code depth}, under the request's filters. */
    private co.elastic.clients.elasticsearch.core.SearchRequest scores(
            Query query, Map<SearchFacet, Query> filters, int depth) {
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(properties.alias())
                    .query(query)
                    .size(depth)
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.fetch(false));
            if (!filters.isEmpty()) {
                s.postFilter(allOf(filters.values()));
            }
            return s;
        });
    }

    private static List<Interleaving.Scored> scores(SearchResponse<?> response, boolean translated) {
        return response.hits().hits().stream()
                .map(h ->
                        new Interleaving.Scored(Long.parseLong(h.id()), h.score() == null ? 0 : h.score(), translated))
                .toList();
    }

    /**
     * The two Elasticsearch requests a search sends (the page, then the counts), for the search benchmark, which
     * compares them with the single request that did both before.
     */
    List<co.elastic.clients.elasticsearch.core.SearchRequest> requests(QueryText text, SearchRequest request) {
        Query query = query(text);
        Map<SearchFacet, Query> filters = filters(request);
        return List.of(page(query, filters, request, request.page()), counts(query, filters));
    }

    /** Milliseconds since {@code started} (a {@link System#nanoTime()}), with one decimal, for the timing line. */

    /** The two ranking legs' own times and the wall time so far, on a search's timing line ({@code null}: not logged). */
    private static void timeLegs(StringBuilder timed, long ownTook, long translatedTook, long started) {
        if (timed != null) {
            timed.append(" own took=")
                    .append(ownTook)
                    .append("ms translated took=")
                    .append(translatedTook)
                    .append("ms legs=")
                    .append(since(started));
        }
    }

    private static String since(long started) {
        return String.format(Locale.ROOT, "%.1fms", (System.nanoTime() - started) / 1e6);
    }

    private static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
    }

    /** One page of hits with highlights; no total and no facets (see {@link #counts}). */
    private co.elastic.clients.elasticsearch.core.SearchRequest page(
            Query query, Map<SearchFacet, Query> filters, SearchRequest request, int page) {
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(properties.alias())
                    .query(query)
                    .from(page * SearchRequest.PAGE_SIZE)
                    .size(SearchRequest.PAGE_SIZE)
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.excludes("descriptionEn", "descriptionZh", "suggest")))
                    .highlight(highlight(QueryText.of(request.text())));
            if (!filters.isEmpty()) {
                s.postFilter(allOf(filters.values()));
            }
            sort(s, request);
            return s;
        });
    }

    /** The page and the counts in one request, for long texts (see {@link #search(QueryText, SearchRequest)}). */
    private co.elastic.clients.elasticsearch.core.SearchRequest pageWithCounts(
            Query query, Map<SearchFacet, Query> filters, SearchRequest request, int page) {
        var hits = page(query, filters, request, page);
        var counts = counts(query, filters);
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> s.index(hits.index())
                .query(hits.query())
                .from(hits.from())
                .size(hits.size())
                .trackTotalHits(t -> t.enabled(false))
                .source(hits.source())
                .highlight(hits.highlight())
                .postFilter(hits.postFilter())
                .sort(hits.sort())
                .aggregations(counts.aggregations()));
    }

    /**
     * The exact counts of a search: all matches, matches under the selected filters, and each facet's values (counted
     * under the other facets' filters only). Size 0 and nothing that changes by the minute, so Elasticsearch's shard
     * request cache keeps the answer until the index is next refreshed; no scores are computed for it.
     */
    private co.elastic.clients.elasticsearch.core.SearchRequest counts(Query query, Map<SearchFacet, Query> filters) {
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(properties.alias())
                    .query(query)
                    .size(0)
                    .trackTotalHits(t -> t.enabled(false))
                    .requestCache(true);
            s.aggregations("matched", a -> a.filter(f -> f.matchAll(m -> m)));
            s.aggregations("total", a -> a.filter(allOf(filters.values())));
            // Facets without a selection of their own share one bucket filtered by everything selected.
            Map<String, Aggregation> shared = new LinkedHashMap<>();
            for (SearchFacet facet : SearchFacet.values()) {
                if (filters.containsKey(facet)) {
                    List<Query> others = filters.entrySet().stream()
                            .filter(e -> e.getKey() != facet)
                            .map(Map.Entry::getValue)
                            .toList();
                    s.aggregations(
                            "f_" + facet.parameter(),
                            a -> a.filter(allOf(others)).aggregations("v", valuesOf(facet)));
                } else {
                    shared.put(facet.parameter(), valuesOf(facet));
                }
            }
            if (!shared.isEmpty()) {
                s.aggregations(
                        "f_shared", a -> a.filter(allOf(filters.values())).aggregations(shared));
            }
            return s;
        });
    }

    private static void sort(co.elastic.clients.elasticsearch.core.SearchRequest.Builder s, SearchRequest request) {
        SearchSort sort = request.sort();
        if (sort == SearchSort.RELEVANCE && QueryText.of(request.text()).isEmpty()) {
            sort = SearchSort.NEWEST;
        }
        switch (sort) {
            case RELEVANCE -> {}
            case NEWEST -> s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
            case PRICE_ASC ->
                s.sort(o -> o.field(
                        f -> f.field("priceUsdMinor").order(SortOrder.Asc).missing("_last")));
            case PRICE_DESC ->
                s.sort(o -> o.field(
                        f -> f.field("priceUsdMinor").order(SortOrder.Desc).missing("_last")));
            case BEST_RATED -> {
                // The Bayesian score (see RatingSummary); at equal scores more reviews first; unrated listings last.
                s.sort(o -> o.field(
                        f -> f.field("ratingScore").order(SortOrder.Desc).missing("_last")));
                s.sort(o -> o.field(
                        f -> f.field("ratingCount").order(SortOrder.Desc).missing("_last")));
            }
        }
        if (sort != SearchSort.RELEVANCE) {
            // Equal prices or dates would otherwise shuffle between pages.
            s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        }
    }

    private static Map<SearchFacet, Query> filters(SearchRequest request) {
        Map<SearchFacet, Query> filters = new EnumMap<>(SearchFacet.class);
        request.filters().forEach((facet, values) -> {
            if (facet == SearchFacet.PRICE) {
                List<Query> ranges = values.stream()
                        .map(PriceRange::of)
                        .flatMap(Optional::stream)
                        .map(ListingSearch::priceRange)
                        .toList();
                filters.put(facet, Query.of(q -> q.bool(b -> b.should(ranges).minimumShouldMatch("1"))));
            } else if (facet == SearchFacet.STARS) {
                // "4★ & up" and "3★ & up" overlap: the lowest chosen bound decides.
                double lowest = values.stream()
                        .map(MinimumStars::of)
                        .flatMap(Optional::stream)
                        .mapToInt(MinimumStars::stars)
                        .min()
                        .orElse(0);
                filters.put(
                        facet,
                        Query.of(q -> q.range(
                                r -> r.number(n -> n.field(facet.field()).gte(lowest)))));
            } else {
                List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
                filters.put(
                        facet, Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(terms)))));
            }
        });
        return filters;
    }

    private static Query priceRange(PriceRange range) {
        return Query.of(q -> q.range(r -> r.number(n -> {
            n.field("priceUsdMinor");
            if (range.fromUsdMinor() != null) {
                n.gte(range.fromUsdMinor().doubleValue());
            }
            if (range.toUsdMinor() != null) {
                n.lt(range.toUsdMinor().doubleValue());
            }
            return n;
        })));
    }

    private static Query allOf(Collection<Query> filters) {
        if (filters.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.filter(List.copyOf(filters))));
    }

    private static Aggregation valuesOf(SearchFacet facet) {
        if (facet == SearchFacet.STARS) {
            return Aggregation.of(a -> a.range(r -> {
                r.field(facet.field());
                for (MinimumStars m : MinimumStars.values()) {
                    r.ranges(b -> b.key(m.key()).from((double) m.stars()));
                }
                return r;
            }));
        }
        if (facet == SearchFacet.PRICE) {
            return Aggregation.of(a -> a.range(r -> {
                r.field("priceUsdMinor");
                for (PriceRange range : PriceRange.all()) {
                    r.ranges(b -> {
                        b.key(range.key());
                        if (range.fromUsdMinor() != null) {
                            b.from(range.fromUsdMinor().doubleValue());
                        }
                        if (range.toUsdMinor() != null) {
                            b.to(range.toUsdMinor().doubleValue());
                        }
                        return b;
                    });
                }
                return r;
            }));
        }
        int size = switch (facet) {
            case CATEGORY -> 100;
            case COUNTRY, LANGUAGE, TRACK -> 40;
            default -> 10;
        };
        return Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(size)));
    }

    private static Map<SearchFacet, List<FacetValue>> facets(SearchResponse<?> response, SearchRequest request) {
        Map<SearchFacet, List<FacetValue>> facets = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            Aggregate values = request.filters().containsKey(facet)
                    ? response.aggregations()
                            .get("f_" + facet.parameter())
                            .filter()
                            .aggregations()
                            .get("v")
                    : response.aggregations()
                            .get("f_shared")
                            .filter()
                            .aggregations()
                            .get(facet.parameter());
            List<FacetValue> counted = values(values);
            if (facet == SearchFacet.STARS) {
                // Elasticsearch orders range buckets by their lower bound; "4 stars and up" reads better first.
                counted = counted.stream()
                        .sorted(java.util.Comparator.comparing(FacetValue::value)
                                .reversed())
                        .toList();
            }
            facets.put(facet, counted);
        }
        return facets;
    }

    private static List<FacetValue> values(Aggregate aggregate) {
        List<FacetValue> values = new ArrayList<>();
        if (aggregate.isSterms()) {
            aggregate
                    .sterms()
                    .buckets()
                    .array()
                    .forEach(b -> values.add(new FacetValue(b.key().stringValue(), b.docCount())));
        } else if (aggregate.isLterms()) {
            aggregate
                    .lterms()
                    .buckets()
                    .array()
                    .forEach(b -> values.add(new FacetValue(
                            b.keyAsString() != null ? b.keyAsString() : String.valueOf(b.key()), b.docCount())));
        } else if (aggregate.isRange()) {
            aggregate.range().buckets().array().stream()
                    .filter(b -> b.docCount() > 0)
                    .forEach(b -> values.add(new FacetValue(b.key(), b.docCount())));
        }
        return List.copyOf(values);
    }

    private List<SearchResults.Hit> hits(SearchResponse<ListingDocument> response) {
        return response.hits().hits().stream()
                .filter(h -> h.source() != null)
                .map(h -> toHit(h.source(), h.highlight(), h.matchedQueries()))
                .toList();
    }

    /**
     * Offers a respelling of the Latin words when nothing matched, but only one that finds something: each word the
     * index does not know is replaced by the closest one it does.
     */
    String didYouMean(String text) throws IOException {
        if (!LATIN.matcher(text).find()) {
            return null;
        }
        SearchResponse<Void> response = client.search(
                s -> s.index(properties.alias())
                        .size(0)
                        .suggest(sg -> sg.text(text)
                                .suggesters(
                                        "spell",
                                        f -> f.term(t -> t.field("spellEn")
                                                .suggestMode(SuggestMode.Missing)
                                                .size(1)
                                                .maxEdits(2)
                                                // Zero, unlike the fuzzy query: a typo in the first letter is
                                                // what the fuzzy query cannot forgive, so it is left to fix here.
                                                .prefixLength(0)))),
                Void.class);
        List<Suggestion<Void>> entries = response.suggest().getOrDefault("spell", List.of());
        StringBuilder corrected = new StringBuilder(text);
        boolean changed = false;
        // From the end, so earlier offsets stay valid while later words are replaced.
        List<Suggestion<Void>> reversed = new ArrayList<>(entries);
        Collections.reverse(reversed);
        for (Suggestion<Void> entry : reversed) {
            if (!entry.isTerm() || entry.term().options().isEmpty()) {
                continue;
            }
            var term = entry.term();
            int from = term.offset();
            int to = from + term.length();
            if (from < 0 || to > corrected.length()) {
                continue;
            }
            corrected.replace(from, to, term.options().getFirst().text());
            changed = true;
        }
        if (!changed) {
            return null;
        }
        String suggestion = corrected.toString();
        long found = client.count(c -> c.index(properties.alias()).query(relevance(suggestion)))
                .count();
        return found > 0 ? suggestion : null;
    }

    /** A looser reading for a page that found nothing: any one word, typos forgiven, no filters. */
    private List<SearchResults.Hit> alternatives(String text) throws IOException {
        Query loose = Query.of(q -> q.bool(b -> b.should(s -> s.multiMatch(mm -> mm.query(text)
                        .fields(SEARCH_FIELDS)
                        .type(TextQueryType.BestFields)
                        .minimumShouldMatch("1")))
                .should(s -> s.multiMatch(mm -> mm.query(text)
                        .fields(FUZZY_FIELDS)
                        .analyzer("standard")
                        .fuzziness("AUTO")
                        .prefixLength(1)
                        .maxExpansions(20)
                        .minimumShouldMatch("1")))
                .minimumShouldMatch("1")));
        SearchResponse<ListingDocument> response = client.search(
                s -> s.index(properties.alias())
                        .query(loose)
                        .size(ALTERNATIVES)
                        .source(src -> src.filter(f -> f.excludes("descriptionEn", "descriptionZh", "suggest")))
                        .highlight(highlight(QueryText.of(text))),
                ListingDocument.class);
        return hits(response);
    }

    /**
     * Completions for what is being typed: listing titles in either language that start with it, or have a word (a
     * character, in Chinese) starting with it. Latin prefixes of four letters or more forgive one typo.
     */
    public List<SearchResults.Suggestion> suggest(String typed) throws IOException {
        String prefix = QueryText.of(typed).value();
        if (prefix.isEmpty()) {
            return List.of();
        }
        String cut = prefix.codePointCount(0, prefix.length()) > 50
                ? prefix.substring(0, prefix.offsetByCodePoints(0, 50))
                : prefix;
        boolean fuzzy = cut.length() >= 4 && !HAN.matcher(cut).find();
        SearchResponse<Titles> response = client.search(
                s -> s.index(properties.alias())
                        .size(0)
                        .source(src -> src.filter(f -> f.includes("id", "titleEn", "titleZh")))
                        .suggest(sg -> sg.suggesters(
                                "titles",
                                f -> f.prefix(cut).completion(c -> {
                                    c.field("suggest").size(SUGGESTIONS).skipDuplicates(true);
                                    if (fuzzy) {
                                        c.fuzzy(z -> z.fuzziness("1").prefixLength(1));
                                    }
                                    return c;
                                }))),
                Titles.class);
        Map<Long, SearchResults.Suggestion> byListing = new LinkedHashMap<>();
        for (Suggestion<Titles> entry : response.suggest().getOrDefault("titles", List.of())) {
            if (!entry.isCompletion()) {
                continue;
            }
            for (var option : entry.completion().options()) {
                Titles d = option.source();
                if (d == null) {
                    continue;
                }
                String title = HAN.matcher(option.text()).find() ? d.titleZh() : d.titleEn();
                if (title == null || title.isBlank()) {
                    title = d.titleEn() != null ? d.titleEn() : d.titleZh();
                }
                byListing.putIfAbsent(d.id(), new SearchResults.Suggestion(d.id(), title));
            }
        }
        return List.copyOf(byListing.values());
    }

    /** The part of a document a completion needs (Jackson 3 refuses missing primitives in a whole document). */
    record Titles(long id, String titleEn, String titleZh) {}

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * Any of: the words (with synonyms, both languages) in the best-matching field, or spread over several fields
     * (short texts only); the same with typos forgiven in English text; plus boosts for the whole phrase and for a
     * title that is exactly the query.
     */
    private Query relevance(String text) {
        return relevance(text, false);
    }

    /**
     * The relevance query, or for highlighting only its exact parts (best field, phrase, exact title): marking fuzzy
     * expansions or cross-field blends means re-reading every field of every hit against each of them (about 0.2 to
     * 0.8 s a page at 100k listings), so words found only through a typo stay unmarked.
     */
    private Query relevance(String text, boolean forHighlighting) {
        return relevance(text, forHighlighting, true);
    }

    /** As {@link #relevance(String, boolean)}; {@code translated} false leaves the translation leg out. */
    private Query relevance(String text, boolean forHighlighting, boolean translated) {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        // A long text matched word by word across every field costs seconds (40 words × 16 fields × synonyms):
        // past a few words, the words must meet in one field.
        boolean crossFields = !forHighlighting && text.split(" ").length <= MAX_CROSS_FIELD_WORDS;
        Optional<Query> crossLanguage = translated && crossLanguageBoost > 0
                ? CrossLanguageQuery.of(text, lexicon, crossLanguageBoost, crossLanguageMode)
                : Optional.empty();
        return Query.of(q -> q.bool(b -> b.should(s -> s.multiMatch(mm -> mm.query(text)
                        .fields(SEARCH_FIELDS)
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3)
                        .minimumShouldMatch(MINIMUM_SHOULD_MATCH)))
                // The words spread over fields ("shipping" in the tags, "datasets" in the title) still match, below
                // a match within one field.
                .should(s -> crossFields
                        ? s.multiMatch(mm -> mm.query(text)
                                .fields(SEARCH_FIELDS)
                                .type(TextQueryType.CrossFields)
                                .minimumShouldMatch(MINIMUM_SHOULD_MATCH)
                                .boost(0.5f))
                        : s.matchNone(n -> n))
                .should(s -> forHighlighting
                        ? s.matchNone(n -> n)
                        : s.multiMatch(mm -> mm.query(text)
                                .fields(FUZZY_FIELDS)
                                // Unstemmed query words against the stemmed index: "lerning" is one edit from
                                // "learning", but its stem "lern" is four away. No synonym graph either: a graph
                                // cannot be made fuzzy.
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
                // The other language, through the lexicon, well below a match in the text's own language.
                .should(s -> crossLanguage.map(x -> s.bool(bb -> bb.must(x))).orElseGet(() -> s.matchNone(n -> n)))
                .minimumShouldMatch("1")));
    }

    private Highlight highlight(QueryText text) {
        return highlight(text, highlightWordsOnly);
    }

    /**
     * What the highlighter marks. {@code wordsOnly}: the typed words in each shown field, analysed as the field's text
     * was (no synonyms, no cross-language alternatives, no phrases), one plain term query per word and field; else the
     * exact parts of the relevance query with every synonym and translation alternative, which the highlighter re-runs
     * as span queries per field and hit (the profile of the slow queries: most of their time, README "Issue 14,
     * Elasticsearch side"). A listing found through a synonym or a translation then shows no mark; the "across
     * languages" part of its "why it matched" line comes from the named queries, not from the highlights.
     */
    Highlight highlight(QueryText text, boolean wordsOnly) {
        Map<String, HighlightField> fields = new LinkedHashMap<>();
        // Descriptions are not highlighted: re-reading them for every hit doubled the time of a page.
        WHOLE.keySet().forEach(f -> fields.put(f, HighlightField.of(h -> h.numberOfFragments(0))));
        // encoder=html escapes the listing's own text; only the <mark> tags added here are markup.
        return Highlight.of(h -> {
            if (!text.isEmpty()) {
                h.highlightQuery(wordsOnly ? words(text.value()) : relevance(text.value(), true));
            }
            return h.encoder(HighlighterEncoder.Html)
                    .preTags("<mark>")
                    .postTags("</mark>")
                    .fields(fields);
        });
    }

    /** The typed words in each highlighted field, analysed with the field's index analyzer (see {@link #highlight}). */
    private static Query words(String text) {
        List<Query> perField = new ArrayList<>();
        INDEX_ANALYZERS.forEach((field, analyzer) -> perField.add(Query.of(q ->
                q.match(m -> m.field(field).query(text).analyzer(analyzer).autoGenerateSynonymsPhraseQuery(false)))));
        return Query.of(q -> q.bool(b -> b.should(perField).minimumShouldMatch("1")));
    }

    /** With the logger {@code dataport.search.highlight-ab} at TRACE: the request and the other highlight, one line. */
    private void traceHighlightAb(co.elastic.clients.elasticsearch.core.SearchRequest request, QueryText text) {
        if (highlightAb.isTraceEnabled() && !text.isEmpty()) {
            var mapper = client._jsonpMapper();
            highlightAb.trace(
                    "{\"wordsOnly\":{},\"body\":{},\"other\":{}}",
                    highlightWordsOnly,
                    co.elastic.clients.json.JsonpUtils.toJsonString(request, mapper),
                    co.elastic.clients.json.JsonpUtils.toJsonString(highlight(text, !highlightWordsOnly), mapper));
        }
    }

    private SearchResults.Hit toHit(
            ListingDocument d, Map<String, List<String>> highlights, List<String> matchedQueries) {
        Money price = d.priceFromMinor() == null ? null : Money.ofMinor(d.priceFromMinor(), d.priceFromCurrency());
        Set<MatchedField> matched = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        highlights.forEach((field, fragments) -> {
            MatchedField where = WHOLE.get(field);
            if (where == null) {
                return;
            }
            matched.add(where);
            for (String fragment : fragments) {
                Matcher m = MARK.matcher(fragment);
                while (m.find() && terms.size() < MAX_MATCHED_TERMS) {
                    terms.add(unescape(m.group(1)).toLowerCase(Locale.ROOT));
                }
            }
        });
        List<MatchedField> ordered =
                Arrays.stream(MatchedField.values()).filter(matched::contains).toList();
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
                d.priceFromPeriod() == null ? null : BillingPeriod.valueOf(d.priceFromPeriod()),
                ordered,
                List.copyOf(terms),
                ListingDocument.ratingOf(d),
                // A listing in both languages matched in the query's own: a translation would only repeat it.
                d.titleEn() != null
                                && !d.titleEn().isBlank()
                                && d.titleZh() != null
                                && !d.titleZh().isBlank()
                        ? List.of()
                        : CrossLanguageQuery.translations(
                                matchedQueries, d.titleEn(), d.titleZh(), d.summaryEn(), d.summaryZh(), lexicon));
    }

    /** Undoes the highlighter's HTML encoding of a matched word, for plain-text display. */
    static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&");
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

    private static Map<String, MatchedField> orderedMap(Object... keysAndValues) {
        Map<String, MatchedField> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (MatchedField) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
