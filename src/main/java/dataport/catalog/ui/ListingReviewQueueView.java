package dataport.catalog.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dataport.catalog.ListingReview;
import dataport.catalog.ReviewItem;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

/** Compliance staff's queue of listings waiting for a decision: new ones and revisions, oldest first. */
@Route(value = ListingReviewQueueView.ROUTE, layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
public class ListingReviewQueueView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/listings";

    final Grid<ReviewItem> grid = new Grid<>();
    final TextField text = new TextField();
    private final ListingReview review;

    ListingReviewQueueView(ListingReview review) {
        this.review = review;
        addClassName("dp-page");
        setId("listing-review-queue");
        text.setLabel(getTranslation("review.listings.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        LengthLimits.guard(text, this, 200);
        text.setId("review-text-filter");
        Div filters = new Div(text);
        filters.addClassName("dp-filters");

        grid.setId("listing-queue");
        grid.addColumn(r -> r.title().in(getLocale()))
                .setHeader(getTranslation("workspace.listings.column.title"))
                .setSortProperty("title.en")
                .setFlexGrow(3);
        grid.addColumn(r -> r.merchantName().in(getLocale())).setHeader(getTranslation("review.listings.merchant"));
        grid.addColumn(r -> r.category() == null ? "" : r.category().name().in(getLocale()))
                .setHeader(getTranslation("workspace.listings.column.category"));
        grid.addComponentColumn(r -> {
                    Span kind =
                            new Span(getTranslation(r.revision() ? "review.listings.revision" : "review.listings.new"));
                    kind.addClassName("dp-badge");
                    return kind;
                })
                .setHeader(getTranslation("review.listings.kind"));
        grid.addColumn(r -> Times.format(getLocale(), r.submittedAt()))
                .setHeader(getTranslation("review.listings.submitted"))
                .setSortProperty("submittedAt");
        grid.setEmptyStateText(getTranslation("review.listings.empty"));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + e.getItem().id())));
        grid.setItems(
                query -> review
                        .queue(
                                text.getValue(),
                                VaadinSpringDataHelpers.toSpringPageRequest(query)
                                        .withSort(sortOrDefault(VaadinSpringDataHelpers.toSpringDataSort(query))))
                        .stream(),
                query -> (int) review.count(text.getValue()));
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("review.listings.title")), filters, grid);
    }

    private static Sort sortOrDefault(Sort sort) {
        return sort.isSorted() ? sort : Sort.by("submittedAt", "id");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.listings.title") + " · " + getTranslation("app.name");
    }
}
