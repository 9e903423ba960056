package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
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
public class ListingBatchReviewView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/listings/batches";

    final ComboBox<ReviewBatch> batches = new ComboBox<>();
    final Grid<BatchItem> grid = new Grid<>();
    final Button approvePassing = new Button();
    final Span outcome = new Span();
    private final ListingReview review;
    private List<BatchItem> shown = List.of();

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
        grid.addComponentColumn(item -> {
                    Anchor open = new Anchor(
                            ListingReviewQueueView.ROUTE + "/" + item.id(),
                            item.title().in(getLocale()));
                    return open;
                })
                .setHeader(getTranslation("workspace.listings.column.title"))
                .setFlexGrow(3);
        grid.addColumn(item ->
                        item.category() == null ? "" : item.category().name().in(getLocale()))
                .setHeader(getTranslation("workspace.listings.column.category"));
        grid.addComponentColumn(this::checks)
                .setHeader(getTranslation("review.batch.checks"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::decisions).setHeader(getTranslation("review.listings.decision"));
        grid.setEmptyStateText(getTranslation("review.listings.empty"));

        add(new H1(getTranslation("review.batch.title")), lead, batches, actions, grid);
        reloadBatches(null);
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
