package dataport.catalog.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dataport.catalog.BatchItem;
import dataport.catalog.BatchOutcome;
import dataport.catalog.ListingReview;
import dataport.catalog.ReviewBatch;
import dataport.catalog.StaleListing;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compliance reviews a merchant's listings as a batch (an imported catalogue submitted at once): per listing approve or
 * return (the usual decisions, the single review page one click away), or approve every listing that passes the
 * automatic checks in one action. Every approval is audited per listing.
 */
@Route(value = ListingBatchReviewView.ROUTE, layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
@StyleSheet("themes/dataport/catalog-workspace.css")
public class ListingBatchReviewView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/listings/batches";

    /** Below this window width the grid keeps one column (see {@link #fit}). */
    static final int NARROW = 700;

    final ComboBox<ReviewBatch> batches = new ComboBox<>();
    final Grid<BatchItem> grid = new Grid<>();
    final Button approvePassing = new Button();
    final Span outcome = new Span();
    private final ListingReview review;
    private List<BatchItem> shown = List.of();
    private final Grid.Column<BatchItem> category;
    private final Grid.Column<BatchItem> checks;
    private final Grid.Column<BatchItem> decisions;
    private boolean narrow;
    private Registration resizing;

    ListingBatchReviewView(ListingReview review) {
        this.review = review;
        addClassName("dp-page");
        setId("listing-batch-review");
        Paragraph lead = new Paragraph(getTranslation("review.batch.lead"));
        lead.addClassName("dp-muted");

        batches.setId("batch-merchant");
        // The item reads "name (N waiting)": as wide as the page allows, so a long Chinese name is not cut off.
        batches.setWidthFull();
        batches.setMaxWidth("40rem");
        batches.setLabel(getTranslation("review.batch.merchant"));
        batches.setItemLabelGenerator(b ->
                getTranslation("review.batch.merchant-item", b.merchantName().in(getLocale()), b.listings()));
        batches.addValueChangeListener(e -> showBatch());

        approvePassing.setId("batch-approve-passing");
        approvePassing.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approvePassing.addClickListener(e -> confirmApprovePassing());
        outcome.setId("batch-outcome");
        outcome.getElement().setAttribute("role", "status");
        Div actions = new Div(approvePassing, outcome);
        actions.addClassName("dp-actions");

        grid.setId("batch-grid");
        // Rows are tall (two buttons each): the default 400 px showed two and a half of them.
        grid.setHeight("70vh");
        // Long titles and check results wrap instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::titleCell)
                .setHeader(getTranslation("workspace.listings.column.title"))
                .setFlexGrow(3);
        category = grid.addColumn(this::categoryName).setHeader(getTranslation("workspace.listings.column.category"));
        checks = grid.addComponentColumn(item -> narrow ? new Span() : checks(item))
                .setHeader(getTranslation("review.batch.checks"))
                .setFlexGrow(2);
        decisions = grid.addComponentColumn(item -> narrow ? new Div() : decisions(item))
                .setHeader(getTranslation("review.listings.decision"));
        grid.setEmptyStateText(getTranslation("review.listings.empty"));

        add(new H1(getTranslation("review.batch.title")), lead, batches, actions, grid);
        reloadBatches(null);
    }

    /**
     * On a phone four columns got a few characters each and the grid scrolled sideways inside the page: there the grid
     * keeps one column, and each row shows its title, category, check result and the two decisions one under the other.
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
        boolean fits = windowWidth > 0 && windowWidth < NARROW;
        if (fits == narrow) {
            return;
        }
        narrow = fits;
        category.setVisible(!narrow);
        checks.setVisible(!narrow);
        decisions.setVisible(!narrow);
        grid.setClassName("dp-narrow", narrow);
        // The decisions move between columns: render the rows again (each button exists once, with its id).
        grid.getDataProvider().refreshAll();
    }

    private Div titleCell(BatchItem item) {
        Anchor open = new Anchor(
                ListingReviewQueueView.ROUTE + "/" + item.id(), item.title().in(getLocale()));
        open.addClassName("dp-row-title");
        Div cell = new Div(open);
        if (narrow) {
            Span meta = new Span(categoryName(item));
            meta.addClassName("dp-row-meta");
            cell.add(meta, checks(item), decisions(item));
            cell.addClassName("dp-batch-row");
        }
        return cell;
    }

    private String categoryName(BatchItem item) {
        return item.category() == null ? "" : item.category().name().in(getLocale());
    }

    private void reloadBatches(Long keep) {
        List<ReviewBatch> all = review.batches();
        batches.setItems(all);
        batches.setValue(all.stream()
                .filter(b -> keep != null && b.merchantId() == keep)
                .findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst()));
        showBatch();
    }

    void showBatch() {
        ReviewBatch batch = batches.getValue();
        shown = batch == null ? List.of() : review.batch(batch.merchantId());
        grid.setItems(shown);
        long passing = shown.stream().filter(BatchItem::passes).count();
        approvePassing.setText(getTranslation("review.batch.approve-passing", passing));
        approvePassing.setEnabled(passing > 0);
    }

    private Span checks(BatchItem item) {
        Span result = new Span(
                item.passes()
                        ? getTranslation("review.batch.passes")
                        : item.problems().stream()
                                .map(v -> getTranslation(
                                        v.messageKey(), v.arguments().toArray()))
                                .collect(Collectors.joining(" ")));
        result.addClassName("dp-badge");
        if (!item.passes()) {
            result.addClassName("dp-badge-warning");
        }
        return result;
    }

    private Div decisions(BatchItem item) {
        Button approve = new Button(
                getTranslation("review.batch.approve"), e -> decide(() -> review.approve(item.id(), item.version())));
        approve.setId("batch-approve-" + item.id());
        approve.setEnabled(item.passes());
        Button back = new Button(
                getTranslation("review.batch.return"),
                e -> new ReturnDialog(
                                comment -> decide(() -> review.returnWithComment(item.id(), item.version(), comment)))
                        .open());
        back.setId("batch-return-" + item.id());
        Div cell = new Div(approve, back);
        cell.addClassName("dp-actions");
        return cell;
    }

    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (StaleListing stale) {
            outcome.setText(getTranslation("review.listings.decided-meanwhile"));
        }
        reloadBatches(batches.getValue() == null ? null : batches.getValue().merchantId());
    }

    private void confirmApprovePassing() {
        long passing = shown.stream().filter(BatchItem::passes).count();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("batch-confirm");
        confirm.setHeader(getTranslation("review.batch.title"));
        confirm.setText(getTranslation("review.batch.confirm", passing));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("review.batch.cancel"));
        confirm.setConfirmText(getTranslation("review.batch.approve-passing", passing));
        confirm.addConfirmListener(e -> approvePassing());
        confirm.open();
    }

    /** Approves every listing shown that passes the automatic checks, at the version shown. */
    void approvePassing() {
        Map<Long, Long> versions = new LinkedHashMap<>();
        shown.stream().filter(BatchItem::passes).forEach(i -> versions.put(i.id(), i.version()));
        BatchOutcome result = review.approvePassing(versions);
        outcome.setText(getTranslation("review.batch.outcome", result.done(), result.failedChecks(), result.skipped()));
        reloadBatches(batches.getValue() == null ? null : batches.getValue().merchantId());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.batch.title") + " · " + getTranslation("app.name");
    }
}
