package dataport.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dataport.search.QueryText;
import java.util.function.Consumer;

/**
 * The search page's box with its typing suggestions (listing titles, from the index): Enter searches for the text
 * ({@code onSearch}), picking a suggestion opens that listing. Built once per page and kept across searches; the
 * browser fetches the suggestions itself ({@link SuggestionBox}: debounced, outdated requests aborted), so typing costs
 * no Vaadin round trip.
 */
class SearchBar extends Div {

    private final SuggestionBox box;

    SearchBar(Consumer<String> onSearch) {
        box = new SuggestionBox(
                getTranslation("search.label"),
                onSearch,
                listingId -> UI.getCurrent().navigate("listings/" + listingId));
        box.setId("search-box");
        box.addClassName("dp-search-box");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.getElement().setAttribute("aria-describedby", "search-box-help");
        Span help = new Span(getTranslation("search.box.help"));
        help.setId("search-box-help");
        help.addClassName("dp-sr-only");
        add(box, help);
        addClassName("dp-search-bar");
    }

    /** Shows the request's text; a value the visitor did not commit, so nothing reacts to it. */
    void show(String text) {
        box.setValue(text.isBlank() ? "" : QueryText.of(text).value());
    }
}
