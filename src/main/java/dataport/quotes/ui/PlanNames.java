package dataport.quotes.ui;

import com.vaadin.flow.component.Component;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import java.util.List;
import java.util.function.IntFunction;

/** A listing's plans by their number, as the offer names them (the plan's name, else its number). */
final class PlanNames {

    private PlanNames() {}

    static List<ListingDetails.Plan> of(CatalogService catalog, long listingId) {
        return catalog.findPublished(listingId).map(ListingDetails::plans).orElse(List.of());
    }

    static IntFunction<String> names(List<ListingDetails.Plan> plans, Component owner, java.util.Locale locale) {
        return index -> index >= 0 && index < plans.size() && plans.get(index).name() != null
                ? plans.get(index).name().in(locale)
                : owner.getTranslation("quotes.offer.plan-number", index + 1);
    }
}
