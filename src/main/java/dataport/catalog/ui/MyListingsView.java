package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingStatus;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A merchant's own listings in every status, with the way to create a new one and submit drafts for review. */
@Route(value = MyListingsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class MyListingsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "workspace/listings";

    private final CatalogService catalog;
    private final Grid<ListingDetails> grid = new Grid<>();

    MyListingsView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("dp-page");
        H1 heading = new H1(getTranslation("workspace.listings.title"));
        Button create = new Button(
                getTranslation("workspace.listings.new"),
                e -> getUI().ifPresent(ui -> ui.navigate(NewListingView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-listing");
        Div bar = new Div(heading, create);
        bar.addClassName("dp-page-bar");

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Asia/Shanghai"));
        grid.addComponentColumn(l -> new Anchor(
                        l.isPublished() ? "listings/" + l.id() : "", l.title().in(getLocale())))
                .setHeader(getTranslation("workspace.listings.column.title"))
                .setFlexGrow(3);
        grid.addColumn(l -> l.category().name().in(getLocale()))
                .setHeader(getTranslation("workspace.listings.column.category"));
        grid.addColumn(l -> getTranslation("listing.status." + l.status()))
                .setHeader(getTranslation("workspace.listings.column.status"));
        grid.addColumn(l -> l.publishedAt() == null ? "" : dates.format(l.publishedAt()))
                .setHeader(getTranslation("listing.published"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("workspace.listings.column.actions"));
        grid.setAllRowsVisible(true);
        grid.setId("my-listings");

        Paragraph empty = new Paragraph(getTranslation("workspace.listings.empty"));
        empty.addClassName("dp-muted");
        var items = catalog.myListings();
        grid.setItems(items);
        empty.setVisible(items.isEmpty());
        add(bar, empty, grid);
    }

    private Div actions(ListingDetails listing) {
        Div actions = new Div();
        if (listing.status() == ListingStatus.DRAFT) {
            Button submit = new Button(getTranslation("workspace.listings.submit"), e -> submit(listing));
            submit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            submit.addClassName("dp-submit-listing");
            actions.add(submit);
        }
        return actions;
    }

    private void submit(ListingDetails listing) {
        catalog.submitForReview(listing.id());
        Notification.show(getTranslation("workspace.listings.submitted"), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.setItems(catalog.myListings());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.listings.title") + " · " + getTranslation("app.name");
    }
}
