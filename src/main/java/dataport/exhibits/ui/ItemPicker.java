package dataport.exhibits.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ItemKind;
import dataport.merchants.MerchantSummary;
import dataport.search.SearchResults;
import dataport.shared.Bilingual;
import dataport.shared.ui.Countries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Finds published listings (the buyers' search) or active merchants (by name) to add to the exhibit. */
class ItemPicker extends Div {

    static final int RESULTS = 20;

    /** A search result the curator may add. */
    record Pick(ItemKind kind, long targetId, Bilingual label, Bilingual detail) {}

    private final ExhibitService exhibits;
    private final Predicate<Pick> added;
    final TextField query = new TextField();
    final RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>();
    final Grid<Pick> results = new Grid<>();

    ItemPicker(ExhibitService exhibits, Predicate<Pick> added, Consumer<Pick> add) {
        this.exhibits = exhibits;
        this.added = added;
        query.setId("picker-query");
        query.setLabel(getTranslation("exhibits.picker.query"));
        query.setClearButtonVisible(true);
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.addKeyPressListener(Key.ENTER, e -> search());
        kind.setId("picker-kind");
        kind.setLabel(getTranslation("exhibits.picker.kind"));
        kind.setItems(ItemKind.LISTING, ItemKind.MERCHANT);
        // What to look for: many of a kind, so the plural.
        kind.setItemLabelGenerator(k -> getTranslation("exhibits.kind." + k.name()));
        kind.setValue(ItemKind.LISTING);
        Button find = new Button(getTranslation("exhibits.picker.search"), e -> search());
        find.setId("picker-search");
        Div row = new Div(query, kind, find);
        row.addClassName("dp-picker-row");

        results.setId("picker-results");
        results.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.setAllRowsVisible(true);
        results.addColumn(p -> p.label().in(getLocale()))
                .setHeader(getTranslation("exhibits.items.name"))
                .setFlexGrow(3);
        results.addColumn(p -> p.detail().in(getLocale()))
                .setHeader(getTranslation("exhibits.items.detail"))
                .setFlexGrow(2);
        results.addComponentColumn(p -> {
                    Button button = new Button(getTranslation("exhibits.picker.add"), e -> add.accept(p));
                    button.addClassName("picker-add");
                    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    button.setEnabled(!added.test(p));
                    return button;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        results.setVisible(false);
        add(row, results);
    }

    void search() {
        String text = query.getValue();
        List<Pick> picks = new ArrayList<>();
        if (kind.getValue() == ItemKind.MERCHANT) {
            for (MerchantSummary m : exhibits.searchMerchants(text, RESULTS)) {
                picks.add(new Pick(ItemKind.MERCHANT, m.id(), m.name(), country(m.countryCode())));
            }
        } else {
            SearchResults found = exhibits.searchListings(text, 0, getLocale());
            if (!found.isAvailable()) {
                Notification.show(getTranslation("exhibits.picker.unavailable"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            for (SearchResults.Hit hit : found.hits()) {
                picks.add(new Pick(ItemKind.LISTING, hit.listingId(), hit.title(), hit.merchantName()));
            }
        }
        results.setItems(picks);
        results.setVisible(true);
    }

    /** Re-renders the results' Add buttons after the items changed. */
    void refresh() {
        results.getDataProvider().refreshAll();
    }

    /** A country's name in both languages, for a merchant's detail line. */
    static Bilingual country(String code) {
        return code == null
                ? Bilingual.of(null, null)
                : Bilingual.of(Countries.name(code, Locale.ENGLISH), Countries.name(code, Locale.SIMPLIFIED_CHINESE));
    }
}
