package dataport.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import dataport.catalog.CategoryRef;
import dataport.catalog.ui.ListingCard;
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
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The search page's filters: one group of ticks per facet with the index's counts, and "clear filters". Built once per
 * page and kept; all groups are ONE server-side node ({@code groups}: plain HTML, a {@code <fieldset>} with a
 * {@code <legend>} per facet and a labelled native checkbox per value, every text escaped), replaced as one
 * {@code innerHTML} change only when the counts or ticks changed ({@link #key}), so paging and sorting send nothing of
 * it. One {@code change} listener reads the ticked box's facet, value and state from the event; each tick is a
 * navigation to the narrowed request ({@code change}, applied to the request in force then). Hidden when there is
 * nothing to narrow. Keeps no copy of the catalogue's categories (only used while rendering) and nothing of the results.
 */
class SearchFilters extends Details {

    /** What the change listener reads from the ticked box (package-private for the browserless tests). */
    static final String FACET = "event.target.dataset.facet";

    static final String VALUE = "event.target.value";
    static final String CHECKED = "event.target.checked";
    /** Only changes of a facet's box are sent (the browser evaluates it; the server checks it in the event data). */
    static final String IS_BOX = "event.target.matches('input[data-facet]')";

    /** Categories offered before a track is chosen (then all of that track's). */
    private static final int TOP_CATEGORIES = 12;

    private final Consumer<UnaryOperator<SearchRequest>> change;
    private final Button clear;
    /** All facet groups as one node whose {@code innerHTML} is the rendered HTML. */
    private final Div groups = new Div();
    /** What the groups show now: they are re-rendered only when this changes (not when paging or sorting). */
    private Object shown;
    /** The box the visitor just ticked (a CSS selector), focused again once the groups are re-rendered. */
    private String refocus;
    /** Only while rendering: labels are computed then, and nothing holds this map afterwards. */
    private Map<String, CategoryRef> categories;

    SearchFilters(Consumer<UnaryOperator<SearchRequest>> change) {
        this.change = change;
        clear = new Button(getTranslation("search.filters.clear"), e -> change.accept(SearchRequest::withoutFilters));
        clear.setId("search-clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setVisible(false);
        groups.setId("search-facet-groups");
        groups.addClassName("dp-facet-groups");
        Div content = new Div(clear, groups);
        content.addClassName("dp-facets");
        setSummaryText(getTranslation("search.filters"));
        add(content);
        setId("search-filters");
        addClassName("dp-search-filters");
        setOpened(true);
        setVisible(false);
        groups.getElement()
                .addEventListener("change", e -> ticked(e.getEventData()))
                .setFilter(IS_BOX)
                .addEventData(FACET)
                .addEventData(VALUE)
                .addEventData(CHECKED);
    }

    /** The visitor ticked or unticked a box: values the facet does not accept (a forged event) are ignored. */
    private void ticked(JsonNode data) {
        SearchFacet facet =
                SearchFacet.byParameter(data.path(FACET).asString("")).orElse(null);
        String value = data.path(VALUE).asString("");
        if (facet == null || !facet.accepts(value)) {
            return;
        }
        boolean checked = data.path(CHECKED).asBoolean(false);
        // Accepted values are codes, numbers and ranges: nothing that needs quoting in a selector.
        refocus = "input[data-facet=\"" + facet.parameter() + "\"][value=\"" + value + "\"]";
        change.accept(r -> {
            Set<String> selected = new LinkedHashSet<>(r.selected(facet));
            if (checked) {
                selected.add(value);
            } else {
                selected.remove(value);
            }
            return r.withFilter(facet, selected);
        });
    }

    /**
     * Shows the filters of a search; {@code categories} is asked only when the panel has to be re-rendered.
     * Returns whether the panel is visible (it is hidden when there is nothing to narrow).
     */
    boolean show(SearchRequest request, SearchResults results, Supplier<List<CategoryRef>> categories) {
        Object key = key(request, results);
        if (key.equals(shown)) {
            return isVisible();
        }
        this.categories = categories.get().stream().collect(Collectors.toMap(CategoryRef::code, c -> c, (a, b) -> a));
        try {
            StringBuilder html = new StringBuilder(8_192);
            for (SearchFacet facet : SearchFacet.values()) {
                List<FacetValue> values = values(request, results, facet);
                if (!values.isEmpty()) {
                    facet(html, request, facet, values);
                }
            }
            groups.getElement().setProperty("innerHTML", html.toString());
            clear.setVisible(request.hasFilters());
            shown = key;
            // Nothing to narrow (no results, no filter chosen): no empty box.
            setVisible(!html.isEmpty() || request.hasFilters());
        } finally {
            this.categories = null;
        }
        if (refocus != null) {
            groups.getElement().executeJs("const box = this.querySelector($0); if (box) box.focus();", refocus);
            refocus = null;
        }
        return isVisible();
    }

    /** No filters at all (outage, rate limit): nothing stale stays on the page or in the session. */
    void hide() {
        groups.getElement().setProperty("innerHTML", "");
        clear.setVisible(false);
        shown = null;
        refocus = null;
        setVisible(false);
    }

    /** Equal for two searches whose panels would look the same (same counts, same ticks), e.g. two pages of one. */
    static Object key(SearchRequest request, SearchResults results) {
        List<Object> key = new ArrayList<>();
        key.add(request.locale());
        for (SearchFacet facet : SearchFacet.values()) {
            key.add(results.facet(facet));
            key.add(request.selected(facet));
        }
        return key;
    }

    /** The values to offer: what the index counted, plus chosen values that now count nothing (so they can be undone). */
    private List<FacetValue> values(SearchRequest request, SearchResults results, SearchFacet facet) {
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

    /** One facet as a fieldset: its name as the legend, a labelled checkbox per value ("Foreign (12)"). */
    private void facet(StringBuilder html, SearchRequest request, SearchFacet facet, List<FacetValue> values) {
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        Set<String> selected = request.selected(facet);
        String parameter = ListingCard.escape(facet.parameter());
        html.append("<fieldset class=\"dp-facet\" id=\"facet-")
                .append(parameter)
                .append("\"><legend>")
                .append(ListingCard.escape(getTranslation("search.facet." + facet.parameter())))
                .append("</legend>");
        for (FacetValue v : values) {
            html.append("<label class=\"dp-facet-value\"><input type=\"checkbox\" data-facet=\"")
                    .append(parameter)
                    .append("\" value=\"")
                    .append(ListingCard.escape(v.value()))
                    .append('"')
                    .append(selected.contains(v.value()) ? " checked" : "")
                    .append("><span>")
                    .append(ListingCard.escape(
                            getTranslation("search.facet.value", label(facet, v.value()), number.format(v.count()))))
                    .append("</span></label>");
        }
        html.append("</fieldset>");
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
