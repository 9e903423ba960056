package dataport.catalog.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dataport.catalog.BulkSubmission;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.ListingStatus;
import dataport.catalog.WorkspaceFilter;
import dataport.catalog.WorkspaceRow;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;

/**
 * A merchant's own listings in every status: a lazy grid (sorted and filtered in the database, with a count) and
 * the way to a new listing. A row opens the editor; staff's comments on returned listings show in the row.
 */
@Route(value = MyListingsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
@StyleSheet("themes/dataport/catalog-workspace.css")
public class MyListingsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "workspace/listings";
    /** Below this window width (px) the grid shows two columns. */
    static final int NARROW = 700;

    final Grid<WorkspaceRow> grid = new Grid<>();
    final Select<ListingStatus> status = new Select<>();
    final TextField text = new TextField();
    final Grid.Column<WorkspaceRow> category;
    final Grid.Column<WorkspaceRow> updated;
    private final ListingAuthoring authoring;
    private Registration resizing;

    MyListingsView(ListingAuthoring authoring, BulkSubmission bulk) {
        this.authoring = authoring;
        addClassName("dp-page");
        H1 heading = new H1(getTranslation("workspace.listings.title"));
        Button create = new Button(
                getTranslation("workspace.listings.new"), e -> getUI().ifPresent(ui -> ui.navigate(ROUTE + "/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-listing");
        Div bar = new Div(heading, create);
        bar.addClassName("dp-page-bar");

        status.setLabel(getTranslation("workspace.listings.column.status"));
        status.setItems(ListingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("workspace.listings.any-status"));
        status.setItemLabelGenerator(s ->
                s == null ? getTranslation("workspace.listings.any-status") : getTranslation("listing.status." + s));
        status.setId("status-filter");
        text.setLabel(getTranslation("workspace.listings.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("text-filter");
        LengthLimits.guard(text, this, 200);
        Div filters = new Div(text, status);
        filters.addClassName("dp-filters");

        grid.addComponentColumn(this::titleCell)
                .setHeader(getTranslation("workspace.listings.column.title"))
                .setSortProperty("title.en")
                .setFlexGrow(3);
        category = grid.addColumn(this::categoryName).setHeader(getTranslation("workspace.listings.column.category"));
        grid.addComponentColumn(this::statusCell)
                .setHeader(getTranslation("workspace.listings.column.status"))
                .setSortProperty("status");
        updated = grid.addColumn(r -> Times.format(getLocale(), r.updatedAt()))
                .setHeader(getTranslation("workspace.listings.column.updated"))
                .setSortProperty("updatedAt");
        grid.setId("my-listings");
        // Long titles wrap instead of being cut to a few characters on a phone.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("workspace.listings.empty"));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + e.getItem().id())));
        grid.setItems(
                query -> authoring.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) authoring.count(filter()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        BulkSubmitBar bulkBar = new BulkSubmitBar(
                () -> bulk.submit(
                        grid.getSelectedItems().stream().map(WorkspaceRow::id).toList()),
                bulk::submitAllMyDrafts,
                () -> {
                    grid.deselectAll();
                    grid.getDataProvider().refreshAll();
                });
        add(bar, filters, bulkBar, grid);
    }

    private WorkspaceFilter filter() {
        return new WorkspaceFilter(status.getValue(), text.getValue());
    }

    /**
     * On a phone four columns would each get a few characters: the grid keeps title and status, and each title cell
     * shows the category and the date under the title instead (CSS shows that line only in the narrow grid).
     */
    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        resizing = page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resizing != null) {
            resizing.remove();
        }
    }

    void fit(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW;
        category.setVisible(!narrow);
        updated.setVisible(!narrow);
        grid.setClassName("dp-narrow", narrow);
    }

    private String categoryName(WorkspaceRow r) {
        return r.category() == null ? "" : r.category().name().in(getLocale());
    }

    private Div titleCell(WorkspaceRow r) {
        Anchor link = new Anchor(ROUTE + "/" + r.id(), r.title().in(getLocale()));
        link.addClassName("dp-row-title");
        Span meta = new Span(categoryName(r) + " · " + Times.format(getLocale(), r.updatedAt()));
        meta.addClassName("dp-row-meta");
        return new Div(link, meta);
    }

    private Div statusCell(WorkspaceRow r) {
        Span badge = new Span(getTranslation("listing.status." + r.status()));
        badge.addClassName("dp-badge");
        Div cell = new Div(badge);
        if (r.revisionState() != null) {
            Span revision = new Span(getTranslation("workspace.revision." + r.revisionState()));
            revision.addClassName("dp-badge");
            cell.add(revision);
        }
        if (r.reviewComment() != null) {
            Span comment = new Span(getTranslation("workspace.listings.returned"));
            comment.addClassName("dp-badge");
            comment.addClassName("dp-badge-warning");
            comment.getElement().setAttribute("title", r.reviewComment());
            cell.add(comment);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.listings.title") + " · " + getTranslation("app.name");
    }
}
