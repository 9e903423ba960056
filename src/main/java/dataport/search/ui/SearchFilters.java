package dataport.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import dataport.catalog.CategoryRef;
import dataport.search.SearchFacet;
import dataport.search.SearchFacet.PriceRange;
import dataport.search.SearchRequest;
import dataport.search.SearchResults;
import dataport.search.SearchResults.FacetValue;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The search page's filters: one group of ticks per facet with the index's counts, and "clear filters". Each tick is a
 * navigation to the narrowed request ({@code change}, applied to the request in force then, so a panel kept across
 * paging and sorting keeps them); hidden when there is nothing to narrow. Labels are worked out when it is built: the
 * panel keeps no copy of the catalogue's categories.
 */
class SearchFilters extends Details {

    /** Categories offered before a track is chosen (then all of that track's). */
    private static final int TOP_CATEGORIES = 12;

    private final SearchRequest request;
    private final Consumer<UnaryOperator<SearchRequest>> change;
    /** Only while building: labels are computed then, and no listener holds this map. */
    private Map<String, CategoryRef> categories;

    SearchFilters(
            SearchRequest request,
            SearchResults results,
            List<CategoryRef> categories,
            Consumer<UnaryOperator<SearchRequest>> change) {
        this.request = request;
        this.change = change;
        this.categories = categories.stream().collect(Collectors.toMap(CategoryRef::code, c -> c, (a, b) -> a));
        Div groups = new Div();
        groups.addClassName("dp-facets");
        if (request.hasFilters()) {
            Button clear = new Button(
                    getTranslation("search.filters.clear"), e -> change.accept(SearchRequest::withoutFilters));
            clear.setId("search-clear-filters");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            groups.add(clear);
        }
        for (SearchFacet facet : SearchFacet.values()) {
            List<FacetValue> values = values(results, facet);
            if (values.isEmpty()) {
                continue;
            }
            groups.add(facet(facet, values));
        }
        setSummaryText(getTranslation("search.filters"));
        add(groups);
        setId("search-filters");
        addClassName("dp-search-filters");
        setOpened(true);
        // Nothing to narrow (no results, no filter chosen): no empty box.
        setVisible(groups.getComponentCount() > 0);
        this.categories = null;
    }

    /** Equal for two searches whose panels would look the same (same counts, same ticks), e.g. two pages of one. */
    static Object key(SearchRequest request, SearchResults results) {
        List<Object> key = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            key.add(results.facet(facet));
            key.add(request.selected(facet));
        }
        return key;
    }

    /** The values to offer: what the index counted, plus chosen values that now count nothing (so they can be undone). */
    private List<FacetValue> values(SearchResults results, SearchFacet facet) {
        List<FacetValue> counted = results.facet(facet);
        if (facet == SearchFacet.CATEGORY) {
            Set<String> tracks = request.selected(SearchFacet.TRACK);
            counted = tracks.isEmpty()
                    ? counted.stream().limit(TOP_CATEGORIES).toList()
                    : counted.stream()
                            .filter(v -> {
                                CategoryRef c = categories.get(v.value());
                                return c != null && tracks.contains(c.track().code());
                            })
                            .toList();
        }
        Map<String, FacetValue> byValue = new LinkedHashMap<>();
        counted.forEach(v -> byValue.put(v.value(), v));
        request.selected(facet).forEach(v -> byValue.putIfAbsent(v, new FacetValue(v, 0)));
        return new ArrayList<>(byValue.values());
    }

    private Component facet(SearchFacet facet, List<FacetValue> values) {
        CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation("search.facet." + facet.parameter()));
        group.setId("facet-" + facet.parameter());
        group.addClassName("dp-facet");
        // Labels now, so the generator holds small strings and nothing of the catalogue.
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        Map<String, String> labels = new LinkedHashMap<>();
        values.forEach(v -> labels.put(
                v.value(), getTranslation("search.facet.value", label(facet, v.value()), number.format(v.count()))));
        group.setItems(labels.keySet());
        group.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
        group.setValue(request.selected(facet));
        // Added after the value is set, so only the visitor's ticks navigate.
        group.addValueChangeListener(e -> change.accept(r -> r.withFilter(facet, new LinkedHashSet<>(e.getValue()))));
        return group;
    }

    /** A facet value in the reader's language: names from the catalogue, countries and languages from the JDK. */
    String label(SearchFacet facet, String value) {
        Map<String, CategoryRef> categories = this.categories == null ? Map.of() : this.categories;
        Locale locale = getLocale();
        return switch (facet) {
            case TRACK, CATEGORY -> {
                CategoryRef c = categories.get(value);
                yield c == null ? value : c.name().in(locale);
            }
            case ORIGIN -> getTranslation("origin." + value);
            case COUNTRY -> {
                String name = Locale.of("", value).getDisplayCountry(locale);
                yield name.isBlank() ? value : name;
            }
            case LANGUAGE -> {
                String name = Locale.forLanguageTag(value).getDisplayLanguage(locale);
                yield name.isBlank() ? value : name;
            }
            case DELIVERY -> getTranslation("delivery." + value);
            case PRICING -> getTranslation("pricing." + value);
            case CLASSIFICATION -> getTranslation("classification." + value);
            case STARS -> getTranslation("search.facet.stars." + value);
            case CROSS_BORDER, WHITELIST -> getTranslation("search.facet." + facet.parameter() + "." + value);
            case PRICE -> PriceRange.of(value).map(this::priceLabel).orElse(value);
        };
    }

    /** Price bands are in US dollars (the index's indicative scale), written the reader's way. */
    private String priceLabel(PriceRange range) {
        NumberFormat usd = NumberFormat.getCurrencyInstance(getLocale());
        usd.setCurrency(Currency.getInstance("USD"));
        usd.setMaximumFractionDigits(0);
        if (range.fromUsdMinor() == null) {
            return getTranslation("search.price.below", usd.format(range.toUsdMinor() / 100));
        }
        if (range.toUsdMinor() == null) {
            return getTranslation("search.price.above", usd.format(range.fromUsdMinor() / 100));
        }
        return getTranslation(
                "search.price.between", usd.format(range.fromUsdMinor() / 100), usd.format(range.toUsdMinor() / 100));
    }
}
