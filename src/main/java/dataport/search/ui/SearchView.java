package dataport.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.merchants.MerchantSummary;
import dataport.search.QueryText;
import dataport.search.SearchRequest;
import dataport.search.SearchResults;
import dataport.search.SearchService;
import dataport.search.SearchSort;
import dataport.shared.Activity;
import dataport.shared.RateLimit;
import dataport.shared.RateLimitedException;
import dataport.shared.RateLimits;
import dataport.shared.ui.ClientAddress;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RateLimitMessages;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Search at {@code /search}: text, facets, order and page all live in the URL (see {@link SearchRequest}), so a
 * reload or a shared link shows the same page, and every change is a navigation the browser's back button undoes.
 *
 * <p>The router keeps this view when only the query string changes, and the view updates in place: heading, search
 * box, toolbar and filters stay; only the result list, the pager and what changed are sent. The result list and the
 * filters' groups are one HTML node each ({@link SearchResultList}, {@link SearchFilters}); the filters are re-rendered
 * only when their counts or ticks change. Nothing of the results is kept after rendering but the request (see README
 * "UI benchmark" for the figures).
 */
@Route(value = MainLayout.SEARCH_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Below this window width the filters start folded, so results come first on a phone. */
    private static final int NARROW = 900;

    private final SearchService search;
    /** Categories and merchants, kept a minute for all visitors (not per session). */
    private final SearchPageLookups lookups;

    private final Activity activity;
    private final RateLimits rateLimits;
    private String pageTitle = "";
    private SearchRequest request = new SearchRequest("", 0, Locale.ENGLISH);
    private final H1 heading = new H1();
    private final SearchBar bar;
    /** Alerts and notes above the results (rate limit, outage, truncated query). */
    private final Div notices = new Div();

    private final Div layout = new Div();
    private final Paragraph count = new Paragraph();
    private final Select<SearchSort> sort;
    /** The result list, "no results" and the pager: what changes at every search. */
    private final Div results = new Div();

    /** Kept for the page's life; re-rendered only when the counts or ticks change. */
    private final SearchFilters filters;

    SearchView(SearchService search, SearchPageLookups lookups, Activity activity, RateLimits rateLimits) {
        this.search = search;
        this.rateLimits = rateLimits;
        this.activity = activity;
        this.lookups = lookups;
        addClassName("dp-page");
        addClassName("dp-search");
        heading.setId("search-heading");
        bar = new SearchBar(text -> change(r -> r.withText(text)));
        sort = sort();
        filters = new SearchFilters(this::change);
        layout.addClassName("dp-search-layout");
        Div main = new Div();
        main.addClassName("dp-search-main");
        Div toolbar = new Div();
        toolbar.addClassName("dp-search-toolbar");
        count.setId("search-count");
        count.getElement().setAttribute("role", "status");
        count.addClassName("dp-count");
        toolbar.add(count, sort);
        main.add(toolbar, results);
        layout.add(filters, main);
        add(heading, bar, notices, layout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SearchTimings timings = new SearchTimings();
        request = SearchRequest.fromParameters(
                event.getLocation().getQueryParameters().getParameters(), getLocale());
        try {
            rateLimits.check(RateLimit.SEARCH, ClientAddress.current());
        } catch (RateLimitedException limited) {
            showLimited(limited);
            return;
        }
        timings.lap("rateLimit");
        SearchResults found = search.search(request);
        timings.lap("search");
        show(found, timings);
        timings.done("search chars=" + found.query().value().length() + " page=" + found.page());
    }

    /** Over the search budget: the box keeps the text, and the alert says how long to wait. */
    private void showLimited(RateLimitedException limited) {
        pageTitle = getTranslation("search.title");
        heading.setText(getTranslation("search.all"));
        bar.show(request.text());
        notices.removeAll();
        hideResults();
        Paragraph alert = new Paragraph(RateLimitMessages.of(this, limited));
        alert.setId("search-rate-limited");
        alert.getElement().setAttribute("role", "alert");
        alert.addClassName("dp-alert");
        notices.add(alert);
    }

    /** No results area at all (outage, rate limit): nothing stale stays on the page or in the session. */
    private void hideResults() {
        results.removeAll();
        filters.hide();
        layout.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() > 0) {
                filters.setOpened(details.getWindowInnerWidth() >= NARROW);
            }
        });
    }

    /** Applies a change to the request in force when the visitor acts (not when the control was built). */
    private void change(UnaryOperator<SearchRequest> change) {
        go(change.apply(request));
    }

    private void go(SearchRequest next) {
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(next.toParameters()));
    }

    private void show(SearchResults found, SearchTimings timings) {
        request = found.request() == null ? request : found.request();
        String query = found.query().value();
        pageTitle = query.isEmpty() ? getTranslation("search.title") : getTranslation("search.title.query", query);
        heading.setText(query.isEmpty() ? getTranslation("search.all") : getTranslation("search.heading", query));
        bar.show(request.text());
        notices.removeAll();

        if (!found.isAvailable()) {
            Div unavailable = message("search.unavailable", "search.unavailable.hint");
            unavailable.setId("search-unavailable");
            unavailable.getElement().setAttribute("role", "alert");
            unavailable.addClassName("dp-alert");
            notices.add(unavailable);
            hideResults();
            return;
        }
        if (found.query().truncated()) {
            Paragraph note = new Paragraph(getTranslation("search.truncated", QueryText.MAX_LENGTH));
            note.addClassName("dp-muted");
            notices.add(note);
        }
        layout.setVisible(true);
        timings.lap("heading");
        boolean filtering = filters.show(request, found, lookups::categories);
        timings.lap("filters");
        // An invisible component is not in the browser's DOM at all, so the stylesheet cannot see it: say it here.
        layout.setClassName("dp-search-layout-single", !filtering);
        count.setText(getTranslation(
                found.total() == 1 ? "search.count.one" : "search.count",
                NumberFormat.getIntegerInstance(getLocale()).format(found.total())));
        if (!request.sort().equals(sort.getValue())) {
            sort.setValue(request.sort());
        }
        results.removeAll();
        timings.lap("toolbar");

        if (found.hits().isEmpty()) {
            activity.resultsShown(query, getLocale(), List.of(), 1, 0);
            results.add(noResults(found));
            return;
        }
        int first = found.page() * SearchRequest.PAGE_SIZE + 1;
        activity.resultsShown(
                query,
                getLocale(),
                found.hits().stream().map(SearchResults.Hit::listingId).toList(),
                first,
                found.total());
        timings.lap("statistics");
        Map<Long, MerchantSummary> merchantsById = merchantsOf(found.hits());
        timings.lap("merchants");
        SearchResultList list = new SearchResultList(
                found.hits(),
                merchantsById,
                getLocale(),
                this,
                first,
                (id, at) -> activity.resultClicked(id, query, getLocale(), at));
        list.setId("search-results");
        timings.lap("cards");
        results.add(list, pager(found));
        timings.lap("pager");
    }

    private Select<SearchSort> sort() {
        Select<SearchSort> sort = new Select<>();
        sort.setId("search-sort");
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.parameter()));
        sort.setValue(request.sort());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(r -> r.withSort(e.getValue()));
            }
        });
        return sort;
    }

    /**
     * Whitelist validity changes by the day, so it comes from the database (kept briefly by {@link
     * dataport.merchants.MerchantService#findAll}), not from the index.
     */
    private Map<Long, MerchantSummary> merchantsOf(List<SearchResults.Hit> hits) {
        return lookups.merchants(
                hits.stream().map(SearchResults.Hit::merchantId).distinct().toList());
    }

    /** "Matched title, tags: cloud, 存储": where the query hit and with which words. */
    String why(SearchResults.Hit hit) {
        return SearchResultList.why(hit, getLocale(), this);
    }

    private Component noResults(SearchResults results) {
        Div none = new Div();
        none.setId("search-none");
        none.addClassName("dp-empty");
        Paragraph title = new Paragraph(getTranslation("search.none"));
        title.addClassName("dp-message-title");
        none.add(title);
        if (results.didYouMean() != null) {
            Paragraph didYouMean = new Paragraph(getTranslation("search.did-you-mean") + " ");
            didYouMean.setId("search-did-you-mean");
            Anchor link = new Anchor(href(request.withText(results.didYouMean())), results.didYouMean());
            didYouMean.add(link);
            none.add(didYouMean);
        }
        if (request.hasFilters() && results.unfilteredTotal() > 0) {
            Anchor relax = new Anchor(
                    href(request.withoutFilters()),
                    getTranslation(
                            "search.relax",
                            NumberFormat.getIntegerInstance(getLocale()).format(results.unfilteredTotal())));
            relax.setId("search-relax");
            none.add(new Paragraph(relax));
        }
        none.add(new Paragraph(getTranslation("search.none.hint")));
        none.add(new Anchor(MainLayout.SEARCH_ROUTE, getTranslation("search.browse-all")));
        if (!results.alternatives().isEmpty()) {
            H2 closest = new H2(getTranslation("search.alternatives"));
            SearchResultList list = new SearchResultList(
                    results.alternatives(), merchantsOf(results.alternatives()), getLocale(), this, 1, null);
            list.setId("search-alternatives");
            return new Div(none, closest, list);
        }
        return none;
    }

    private static String href(SearchRequest target) {
        return MainLayout.SEARCH_ROUTE
                + new QueryParameters(target.toParameters())
                        .getQueryString()
                        .transform(q -> q.isEmpty() ? "" : "?" + q);
    }

    private Div message(String titleKey, String hintKey) {
        Paragraph title = new Paragraph(getTranslation(titleKey));
        title.addClassName("dp-message-title");
        return new Div(title, new Paragraph(getTranslation(hintKey)));
    }

    private Div pager(SearchResults results) {
        Div pager = new Div();
        pager.addClassName("dp-pager");
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", getTranslation("search.pages"));
        int current = results.page() + 1;
        int last = Math.max(1, Math.min(results.pageCount(), SearchRequest.MAX_PAGE + 1));
        if (current > 1) {
            pager.add(pageLink(current - 2, "search.previous"));
        }
        pager.add(new Span(getTranslation("search.page-of", current, last)));
        if (current < last) {
            pager.add(pageLink(current, "search.next"));
        }
        return pager;
    }

    private Anchor pageLink(int page, String labelKey) {
        Anchor link = new Anchor(href(request.withPage(page)), getTranslation(labelKey));
        link.addClassName("dp-page-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.name");
    }
}
