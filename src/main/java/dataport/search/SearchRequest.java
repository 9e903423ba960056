package dataport.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a buyer asked for: text, filters, order and page. The text is taken as typed; {@link QueryText} makes any input
 * safe, so no query string can cause an error. The whole request round-trips through URL parameters ({@link
 * #fromParameters}, {@link #toParameters}), so a reload or a shared link reproduces the search.
 */
public record SearchRequest(
        String text, Map<SearchFacet, Set<String>> filters, SearchSort sort, int page, Locale locale) {

    public static final int PAGE_SIZE = 20;

    /** At most this many values per filter are taken from a URL. */
    static final int MAX_VALUES = 20;

    /** Pages beyond this are never asked for (Elasticsearch's result window is 10,000). */
    public static final int MAX_PAGE = 10_000 / PAGE_SIZE - 1;

    public SearchRequest {
        text = text == null ? "" : text;
        page = Math.max(0, Math.min(page, MAX_PAGE));
        locale = locale == null ? Locale.ENGLISH : locale;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        EnumMap<SearchFacet, Set<String>> copy = new EnumMap<>(SearchFacet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                Set<String> kept = new LinkedHashSet<>();
                values.stream().filter(facet::accepts).limit(MAX_VALUES).forEach(kept::add);
                if (!kept.isEmpty()) {
                    copy.put(facet, Set.copyOf(kept));
                }
            });
        }
        filters = Map.copyOf(copy);
    }

    public SearchRequest(String text, int page, Locale locale) {
        this(text, Map.of(), SearchSort.RELEVANCE, page, locale);
    }

    /** Reads {@code q, page, sort} and one parameter per facet; unknown or hostile values are ignored. */
    public static SearchRequest fromParameters(Map<String, List<String>> parameters, Locale locale) {
        String text = first(parameters, "q");
        int page = parsePage(first(parameters, "page")) - 1;
        SearchSort sort = SearchSort.byParameter(first(parameters, "sort")).orElse(SearchSort.RELEVANCE);
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of());
            if (!values.isEmpty()) {
                filters.put(facet, new LinkedHashSet<>(values));
            }
        }
        return new SearchRequest(text, filters, sort, page, locale);
    }

    /** The URL parameters of this request, in a stable order; defaults are left out. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.isBlank()) {
            parameters.put("q", List.of(text));
        }
        for (SearchFacet facet : SearchFacet.values()) {
            Set<String> values = filters.get(facet);
            if (values != null) {
                parameters.put(facet.parameter(), values.stream().sorted().toList());
            }
        }
        if (sort != SearchSort.RELEVANCE) {
            parameters.put("sort", List.of(sort.parameter()));
        }
        if (page > 0) {
            parameters.put("page", List.of(String.valueOf(page + 1)));
        }
        return parameters;
    }

    public Set<String> selected(SearchFacet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    public SearchRequest withText(String newText) {
        return new SearchRequest(newText, filters, sort, 0, locale);
    }

    /** The same request with one facet's selection replaced; back to the first page. */
    public SearchRequest withFilter(SearchFacet facet, Collection<String> values) {
        Map<SearchFacet, Set<String>> changed = new EnumMap<>(SearchFacet.class);
        changed.putAll(filters);
        changed.put(facet, new LinkedHashSet<>(values));
        return new SearchRequest(text, changed, sort, 0, locale);
    }

    public SearchRequest withoutFilters() {
        return new SearchRequest(text, Map.of(), sort, 0, locale);
    }

    public SearchRequest withSort(SearchSort newSort) {
        return new SearchRequest(text, filters, newSort, 0, locale);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(text, filters, sort, newPage, locale);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    /** One-based page from a URL; anything unreadable is page 1. */
    static int parsePage(String raw) {
        if (raw.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(Integer.parseInt(raw.strip()), MAX_PAGE + 1));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
