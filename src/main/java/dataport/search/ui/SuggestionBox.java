package dataport.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import dataport.search.SearchService;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Vaadin's combo box web component (the same element, keyboard handling and screen-reader behaviour as Flow's {@code
 * ComboBox}) whose typing suggestions the browser fetches itself from {@code /search-suggestions} (JSON, see {@code
 * search.internal.SuggestionController}) instead of through Vaadin's round trip and data communicator: a pause of
 * {@value #DEBOUNCE_MS} ms after a keystroke, then one small GET; an outdated request is aborted, and answers are kept
 * per typed text for the page's life. The server hears only what the visitor commits: Enter on typed text ({@code
 * onSearch}) or a picked title ({@code onPick}, its listing id). Nothing of the suggestions is kept in the session.
 */
@Tag("vaadin-combo-box")
@NpmPackage(value = "@vaadin/combo-box", version = "25.2.6")
@JsModule("@vaadin/combo-box/src/vaadin-combo-box.js")
class SuggestionBox extends Component implements HasStyle {

    /** How long the box waits after a keystroke before asking (outdated requests are aborted anyway). */
    static final int DEBOUNCE_MS = 40;

    /** The picked item's listing id, or -1 when the committed value is typed text. */
    static final String PICKED = "element.selectedItem ? element.selectedItem.listingId : -1";

    /** The browser-side data provider: $0 the address to ask (ending in "q="), $1 the debounce in ms. */
    static final String DATA_PROVIDER = """
            const box = this, url = $0, wait = $1, answers = new Map();
            let timer = null, pending = null;
            box.dataProvider = (params, callback) => {
              const typed = (params.filter || '').trim();
              clearTimeout(timer);
              if (pending) { pending.abort(); pending = null; }
              if (!typed) { callback([], 0); return; }
              if (answers.has(typed)) { const items = answers.get(typed); callback(items, items.length); return; }
              timer = setTimeout(() => {
                const asking = new AbortController();
                pending = asking;
                fetch(url + encodeURIComponent(typed), {signal: asking.signal, headers: {Accept: 'application/json'}})
                  .then(r => r.ok ? r.json() : [])
                  .then(items => {
                    if (pending === asking) pending = null;
                    if (answers.size > 200) answers.clear();
                    answers.set(typed, items);
                    callback(items, items.length);
                  })
                  .catch(e => { if (e.name !== 'AbortError') callback([], 0); });
              }, wait);
            };""";

    SuggestionBox(String label, Consumer<String> onSearch, LongConsumer onPick) {
        getElement().setProperty("label", label);
        getElement().setProperty("allowCustomValue", true);
        getElement().setProperty("itemLabelPath", "text");
        getElement().setProperty("itemValuePath", "text");
        getElement().setProperty("itemIdPath", "listingId");
        // The committed value comes back, so the server knows what the box shows.
        getElement().addPropertyChangeListener("value", "change", e -> {});
        getElement()
                .addEventListener(
                        "custom-value-set",
                        e -> onSearch.accept(
                                e.getEventData().path("event.detail").asString("")))
                .addEventData("event.detail");
        getElement()
                .addEventListener("change", e -> {
                    long picked = e.getEventData().path(PICKED).asLong(-1);
                    if (picked > 0) {
                        onPick.accept(picked);
                    }
                })
                .addEventData(PICKED);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(DATA_PROVIDER, "./" + SearchService.SUGGESTIONS_PATH + "?q=", DEBOUNCE_MS);
    }

    void setPlaceholder(String placeholder) {
        getElement().setProperty("placeholder", placeholder);
    }

    /** The text the box shows (what was searched for, or what the visitor committed last). */
    String getValue() {
        return getElement().getProperty("value", "");
    }

    /** Shows {@code text} in the box; nothing is sent when it already shows it. */
    void setValue(String text) {
        if (!text.equals(getValue())) {
            getElement().setProperty("value", text);
        }
    }
}
