package dataport.exhibits.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.exhibits.ExhibitPage;
import dataport.exhibits.ExhibitService;
import dataport.shared.Activity;
import dataport.shared.ListingRatings;
import dataport.shared.ui.MainLayout;

/** An exhibit's or hall's public page at {@code /exhibits/{slug}}; not found unless it is live now. */
@Route(value = Showcase.EXHIBIT_ROUTE + "/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class ExhibitView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExhibitService exhibits;
    private final Activity activity;
    private final ListingRatings ratings;
    private String title = "";

    ExhibitView(ExhibitService exhibits, Activity activity, ListingRatings ratings) {
        this.ratings = ratings;
        this.exhibits = exhibits;
        this.activity = activity;
        addClassName("dp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ExhibitPage exhibit = exhibits.findLive(slug).orElse(null);
        if (exhibit == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new ExhibitPresentation(exhibit, exhibits, getLocale(), ratings));
        title = exhibit.title().in(getLocale()) + " · " + getTranslation("app.name");
        activity.exhibitViewed(exhibit.id());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
