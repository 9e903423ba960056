package dataport.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.catalog.BrowseService;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingMedia;
import dataport.shared.Activity;
import dataport.shared.ExportGate;
import dataport.shared.ListingRatings;
import dataport.shared.ui.ExportNoticePanel;
import dataport.shared.ui.ListingPageSection;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RouteIds;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** A listing's public page at {@code /listings/{id}}: what it is, its terms and plans, and who sells it. */
@Route(value = "listings/:id", layout = MainLayout.class)
@AnonymousAllowed
public class ListingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private String title = "";

    private final ListingMedia media;
    private final BrowseService browse;
    private final Activity activity;
    private final ObjectProvider<ExportGate> exportGate;
    private final ListingRatings ratings;
    private final List<ListingPageSection> sections;

    ListingView(
            CatalogService catalog,
            ListingMedia media,
            BrowseService browse,
            Activity activity,
            ObjectProvider<ExportGate> exportGate,
            ListingRatings ratings,
            List<ListingPageSection> sections) {
        this.ratings = ratings;
        this.sections = sections;
        this.catalog = catalog;
        this.activity = activity;
        this.exportGate = exportGate;
        this.media = media;
        this.browse = browse;
        addClassName("dp-page");
        addClassName("dp-listing");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListingDetails listing = event.getRouteParameters()
                .get("id")
                .flatMap(RouteIds::parse)
                .flatMap(catalog::findPublished)
                .orElse(null);
        if (listing == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(listing);
        activity.listingViewed(listing.id());
    }

    private void show(ListingDetails l) {
        removeAll();
        title = l.content().title().in(getLocale());
        add(new ListingPresentation(l, media.published(l.id()), media, true));
        // What the cross-border rules decide for a buyer abroad (the compliance module contributes the gate).
        exportGate.ifAvailable(gate -> gate.preview(l.id(), null)
                .ifPresent(notice -> add(new ExportNoticePanel("listing", notice, getLocale()))));
        // Sections other modules contribute (the reviews), before the related listings.
        sections.forEach(section -> section.forListing(l.id()).ifPresent(this::add));
        add(new RelatedListings(browse, ratings, l));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
