package dataport.onboarding.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dataport.merchants.Origin;
import dataport.onboarding.ApplicationState;
import dataport.onboarding.ApplicationSummary;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.QueueFilter;
import dataport.shared.ui.Countries;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;

/** Compliance staff's queue of submitted merchant applications, loaded page by page. */
@Route(value = "staff/applications", layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
public class ReviewQueueView extends Div implements HasDynamicTitle {

    private final OnboardingService onboarding;
    private final Grid<ApplicationSummary> grid = new Grid<>();
    private final Select<ApplicationState> state = new Select<>();
    private final Select<Origin> origin = new Select<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final Span count = new Span();

    public ReviewQueueView(OnboardingService onboarding) {
        this.onboarding = onboarding;
        addClassName("dp-review-queue");
        setId("review-queue");

        state.setLabel(getTranslation("onboarding.queue.state"));
        // Drafts are the applicant's own business and never in the queue.
        state.setItems(Stream.of(ApplicationState.values())
                .filter(s -> s != ApplicationState.DRAFT)
                .toList());
        anyOr(state, "onboarding.state.");
        state.setId("filter-state");
        origin.setLabel(getTranslation("onboarding.field.origin"));
        origin.setItems(Origin.values());
        anyOr(origin, "onboarding.origin.");
        origin.setId("filter-origin");
        country.setLabel(getTranslation("onboarding.field.country"));
        ApplicationTexts.configureCountries(country, getLocale());
        country.setClearButtonVisible(true);
        country.setId("filter-country");
        state.addValueChangeListener(e -> refresh());
        origin.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());

        grid.setId("applications");
        grid.addColumn(ApplicationSummary::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> name(a))
                .setHeader(getTranslation("onboarding.queue.name"))
                .setFlexGrow(3);
        grid.addColumn(a -> a.origin() == null
                        ? ""
                        : getTranslation("onboarding.origin." + a.origin().name()))
                .setHeader(getTranslation("onboarding.field.origin"));
        grid.addColumn(a -> Countries.name(a.countryCode(), getLocale()))
                .setHeader(getTranslation("onboarding.field.country"));
        grid.addColumn(a -> getTranslation("onboarding.state." + a.state().name()))
                .setHeader(getTranslation("onboarding.queue.state"));
        grid.addColumn(a -> Times.format(getLocale(), a.submittedAt()))
                .setHeader(getTranslation("onboarding.queue.submitted"))
                .setSortProperty("submittedAt");
        grid.setItems(query -> fetch(query), query -> (int) Math.min(Integer.MAX_VALUE, onboarding.count(filter())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ApplicationReviewView.class,
                ApplicationReviewView.parameters(e.getItem().id()))));
        grid.setAllRowsVisible(false);
        count.setId("applications-count");

        HorizontalLayout filters = new HorizontalLayout(state, origin, country);
        filters.setId("queue-filters");
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H1(getTranslation("onboarding.queue.title")), filters, count, grid);
        updateCount();
    }

    private Stream<ApplicationSummary> fetch(Query<ApplicationSummary, Void> query) {
        var pageable = VaadinSpringDataHelpers.toSpringPageRequest(query);
        if (pageable.getSort().isUnsorted()) {
            pageable = org.springframework.data.domain.PageRequest.of(
                    pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.ASC, "submittedAt", "id"));
        }
        return onboarding.queue(filter(), pageable).stream();
    }

    private String name(ApplicationSummary a) {
        boolean zh = dataport.shared.Languages.isChinese(getLocale());
        String first = zh ? a.legalNameZh() : a.legalNameEn();
        String other = zh ? a.legalNameEn() : a.legalNameZh();
        return first == null || first.isBlank() ? (other == null ? "" : other) : first;
    }

    QueueFilter filter() {
        return new QueueFilter(state.getValue(), origin.getValue(), country.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("onboarding.queue.count", onboarding.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.queue.title") + " | " + getTranslation("app.name");
    }

    /** A filter whose empty choice reads "Any" and whose values are translated as {@code keyPrefix + name}. */
    private <E extends Enum<E>> void anyOr(Select<E> filter, String keyPrefix) {
        String any = getTranslation("onboarding.queue.any");
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(any);
        filter.setItemLabelGenerator(v -> v == null ? any : getTranslation(keyPrefix + v.name()));
    }
}
