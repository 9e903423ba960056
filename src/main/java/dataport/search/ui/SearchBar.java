package dataport.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dataport.search.QueryText;
import dataport.search.SearchResults;
import dataport.search.SearchService;
import java.util.function.Consumer;

/**
 * The search page's box with its typing suggestions (listing titles, from the index): Enter searches for the text
 * ({@code onSearch}), picking a suggestion opens that listing. Built once per page and kept across searches; the
 * suggestions come through the combo box's lazy data provider (the web component debounces typing, here 80 ms, and
 * drops answers to an older filter).
 */
class SearchBar extends Div {

    /**
     * How long the web component waits after a keystroke before asking for suggestions (its default, 500 ms, is alone
     * five times the 100 ms target); it still drops an answer to an older filter.
     */
    static final int SUGGESTION_DEBOUNCE_MS = 80;

    private final ComboBox<SearchResults.Suggestion> box;

    SearchBar(SearchService search, Consumer<String> onSearch) {
        box = new ComboBox<>(getTranslation("search.label"));
        box.setId("search-box");
        box.addClassName("dp-search-box");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setAllowCustomValue(true);
        box.setItemLabelGenerator(SearchResults.Suggestion::text);
        box.setItems(query -> {
            int offset = query.getOffset();
            int limit = query.getLimit();
            return search.suggest(query.getFilter().orElse("")).stream()
                    .skip(offset)
                    .limit(limit);
        });
        box.setPageSize(10);
        box.setFilterTimeout(SUGGESTION_DEBOUNCE_MS);
        box.getElement().setAttribute("aria-describedby", "search-box-help");
        box.addCustomValueSetListener(e -> onSearch.accept(e.getDetail()));
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue().listingId() > 0) {
                UI.getCurrent().navigate("listings/" + e.getValue().listingId());
            }
        });
        Span help = new Span(getTranslation("search.box.help"));
        help.setId("search-box-help");
        help.addClassName("dp-sr-only");
        add(box, help);
        addClassName("dp-search-bar");
    }

    /** Shows the request's text; a value the visitor did not pick, so no listener reacts to it. */
    void show(String text) {
        if (text.isBlank()) {
            box.clear();
            return;
        }
        SearchResults.Suggestion shown =
                new SearchResults.Suggestion(-1, QueryText.of(text).value());
        if (!shown.equals(box.getValue())) {
            box.setValue(shown);
        }
    }
}
