package dataport.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.catalog.BrowseService;
import dataport.catalog.BrowseService.CategoryCount;
import dataport.catalog.BrowseService.CategoryPage;
import dataport.catalog.CategoryRef;
import dataport.shared.ListingRatings;
import dataport.shared.ui.MainLayout;
import java.util.Locale;

/**
 * A track's or sub-track's page at {@code /categories/{code}?page=N}: breadcrumb, the sub-tracks of a track with their
 * counts, and the category's published listings newest first, a page at a time, so a track with thousands of
 * listings loads as fast as one with ten.
 */
@Route(value = ListingCard.CATEGORY_ROUTE + "/:code", layout = MainLayout.class)
@AnonymousAllowed
public class CategoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 24;

    private final BrowseService browse;
    private String title = "";

    private final ListingRatings ratings;

    CategoryView(BrowseService browse, ListingRatings ratings) {
        this.browse = browse;
        this.ratings = ratings;
        addClassName("dp-page");
        addClassName("dp-category-page");
    }

    /** The path of a category's page, for links. */
    public static String path(CategoryRef category) {
        return ListingCard.CATEGORY_ROUTE + "/" + category.code();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int page = Pager.requestedPage(event.getLocation().getQueryParameters());
        CategoryPage found = event.getRouteParameters()
                .get("code")
                .flatMap(code -> browse.category(code, page, PAGE_SIZE))
                .orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found);
    }

    private void show(CategoryPage page) {
        removeAll();
        Locale locale = getLocale();
        CategoryRef category = page.category();
        title = category.name().in(locale);

        H1 heading = new H1(title);
        heading.setId("category-title");
        Paragraph count = new Paragraph(
                getTranslation("browse.listing-count", page.listings().total()));
        count.addClassName("dp-lead");
        count.setId("category-count");
        Div header = new Div(crumbs(category), heading, count);
        header.addClassName("dp-category-header");
        add(header);

        if (!page.subTracks().isEmpty()) {
            Div subTracks = new Div();
            subTracks.addClassName("dp-subtrack-grid");
            subTracks.setId("sub-tracks");
            for (CategoryCount sub : page.subTracks()) {
                Anchor link = new Anchor(path(sub.category()));
                link.addClassName("dp-subtrack");
                Span name = new Span(sub.category().name().in(locale));
                name.addClassName("dp-subtrack-name");
                Span listings = new Span(getTranslation("browse.listing-count", sub.listings()));
                listings.addClassName("dp-subtrack-count");
                link.add(name, listings);
                subTracks.add(link);
            }
            Section section = new Section(new H2(getTranslation("browse.sub-tracks")), subTracks);
            section.addClassName("dp-section");
            add(section);
        }

        Div grid = new Div();
        grid.addClassName("dp-card-grid");
        grid.setId("category-listings");
        var rated =
                ratings.of(page.listings().listings().stream().map(l -> l.id()).toList());
        page.listings().listings().forEach(l -> grid.add(ListingCard.of(locale, l, rated.get(l.id()))));
        Section listings = new Section(new H2(getTranslation("browse.listings")), grid);
        listings.addClassName("dp-section");
        if (page.listings().listings().isEmpty()) {
            Paragraph none = new Paragraph(
                    getTranslation(page.listings().total() == 0 ? "browse.no-listings" : "browse.page-empty"));
            none.addClassName("dp-muted");
            none.setId("category-empty");
            listings.add(none);
        }
        listings.add(Pager.of(this, path(category), page.listings()));
        add(listings);
    }

    private Div crumbs(CategoryRef category) {
        Locale locale = getLocale();
        Div crumbs = new Div(new Anchor("", getTranslation("browse.home")));
        crumbs.addClassName("dp-crumbs");
        crumbs.setId("breadcrumb");
        crumbs.getElement().setAttribute("aria-label", getTranslation("browse.breadcrumb"));
        crumbs.getElement().setAttribute("role", "navigation");
        if (category.parent() != null) {
            crumbs.add(
                    new Span(" / "),
                    new Anchor(path(category.parent()), category.parent().name().in(locale)));
        }
        Span current = new Span(category.name().in(locale));
        current.getElement().setAttribute("aria-current", "page");
        crumbs.add(new Span(" / "), current);
        return crumbs;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("browse.category.title", title) + " · " + getTranslation("app.name");
    }
}
