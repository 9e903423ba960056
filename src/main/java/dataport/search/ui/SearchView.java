package dataport.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
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
import dataport.catalog.CatalogService;
import dataport.catalog.ui.ListingCard;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.Origin;
import dataport.search.QueryText;
import dataport.search.SearchRequest;
import dataport.search.SearchResults;
import dataport.search.SearchService;
import dataport.search.SearchSort;
import dataport.shared.Activity;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.RateLimit;
import dataport.shared.RateLimitedException;
import dataport.shared.RateLimits;
import dataport.shared.ui.ClientAddress;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.PriceLabels;
import dataport.shared.ui.RateLimitMessages;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Search at {@code /search}: text, facets, order and page all live in the URL (see {@link SearchRequest}), so a
 * reload or a shared link shows the same page, and every change is a navigation the browser's back button undoes.
 */
@Route(value = MainLayout.SEARCH_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Below this window width the filters start folded, so results come first on a phone. */
    private static final int NARROW = 900;

    private final SearchService search;
    private final MerchantService merchants;
    private final CatalogService catalog;
    private final Activity activity;
    private final RateLimits rateLimits;
    private String pageTitle = "";
    private SearchRequest request = new SearchRequest("", 0, Locale.ENGLISH);
    private Details filters;

    SearchView(
            SearchService search,
            MerchantService merchants,
            CatalogService catalog,
            Activity activity,
            RateLimits rateLimits) {
        this.search = search;
        this.rateLimits = rateLimits;
        this.activity = activity;
        this.merchants = merchants;
        this.catalog = catalog;
        addClassName("dp-page");
        addClassName("dp-search");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        request = SearchRequest.fromParameters(
                event.getLocation().getQueryParameters().getParameters(), getLocale());
        try {
            rateLimits.check(RateLimit.SEARCH, ClientAddress.current());
        } catch (RateLimitedException limited) {
            showLimited(limited);
            return;
        }
        show(search.search(request));
    }

    /** Over the search budget: the box keeps the text, and the alert says how long to wait. */
    private void showLimited(RateLimitedException limited) {
        removeAll();
        pageTitle = getTranslation("search.title");
        H1 heading = new H1(getTranslation("search.all"));
        heading.setId("search-heading");
        Paragraph alert = new Paragraph(RateLimitMessages.of(this, limited));
        alert.setId("search-rate-limited");
        alert.getElement().setAttribute("role", "alert");
        alert.addClassName("dp-alert");
        add(heading, searchBar(), alert);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (filters != null && details.getWindowInnerWidth() > 0) {
                filters.setOpened(details.getWindowInnerWidth() >= NARROW);
            }
        });
    }

    private void go(SearchRequest next) {
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(next.toParameters()));
    }

    private void show(SearchResults results) {
        removeAll();
        request = results.request() == null ? request : results.request();
        String query = results.query().value();
        pageTitle = query.isEmpty() ? getTranslation("search.title") : getTranslation("search.title.query", query);

        H1 heading = new H1(query.isEmpty() ? getTranslation("search.all") : getTranslation("search.heading", query));
        heading.setId("search-heading");
        add(heading, searchBar());

        if (!results.isAvailable()) {
            Div unavailable = message("search.unavailable", "search.unavailable.hint");
            unavailable.setId("search-unavailable");
            unavailable.getElement().setAttribute("role", "alert");
            unavailable.addClassName("dp-alert");
            add(unavailable);
            return;
        }
        if (results.query().truncated()) {
            Paragraph note = new Paragraph(getTranslation("search.truncated", QueryText.MAX_LENGTH));
            note.addClassName("dp-muted");
            add(note);
        }

        Div layout = new Div();
        layout.addClassName("dp-search-layout");
        filters = new SearchFilters(request, results, catalog.categories(), this::go);
        // An invisible component is not in the browser's DOM at all, so the stylesheet cannot see it: say it here.
        layout.setClassName("dp-search-layout-single", !filters.isVisible());
        Div main = new Div();
        main.addClassName("dp-search-main");
        layout.add(filters, main);
        add(layout);

        Div toolbar = new Div();
        toolbar.addClassName("dp-search-toolbar");
        Paragraph count = new Paragraph(getTranslation(
                results.total() == 1 ? "search.count.one" : "search.count",
                NumberFormat.getIntegerInstance(getLocale()).format(results.total())));
        count.setId("search-count");
        count.getElement().setAttribute("role", "status");
        count.addClassName("dp-count");
        toolbar.add(count, sort());
        main.add(toolbar);

        if (results.hits().isEmpty()) {
            activity.resultsShown(query, getLocale(), List.of(), 1, 0);
            main.add(noResults(results));
            return;
        }
        int first = results.page() * SearchRequest.PAGE_SIZE + 1;
        activity.resultsShown(
                query,
                getLocale(),
                results.hits().stream().map(SearchResults.Hit::listingId).toList(),
                first,
                results.total());
        Div list = resultList(results.hits());
        list.setId("search-results");
        // A click on a result counts for statistics (position over all pages, with the query that found it).
        int position = first;
        for (int i = 0; i < list.getComponentCount(); i++) {
            long id = results.hits().get(i).listingId();
            int at = position + i;
            list.getComponentAt(i)
                    .getElement()
                    .addEventListener("click", e -> activity.resultClicked(id, query, getLocale(), at));
        }
        main.add(list, pager(results));
    }

    private Component searchBar() {
        ComboBox<SearchResults.Suggestion> box = new ComboBox<>(getTranslation("search.label"));
        box.setId("search-box");
        box.addClassName("dp-search-box");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setAllowCustomValue(true);
        box.setItemLabelGenerator(SearchResults.Suggestion::text);
        box.setItems(query -> {
            int offset = query.getOffset();
            int limit = query.getLimit();
            return search.suggest(query.getFilter().orElse("")).stream()
                    .skip(offset)
                    .limit(limit);
        });
        box.setPageSize(10);
        box.getElement().setAttribute("aria-describedby", "search-box-help");
        // Typing and pressing Enter searches for the text; picking a suggestion opens that listing.
        box.addCustomValueSetListener(e -> go(request.withText(e.getDetail())));
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue().listingId() > 0) {
                UI.getCurrent().navigate("listings/" + e.getValue().listingId());
            }
        });
        if (!request.text().isBlank()) {
            // Shows the current text; a value the visitor did not pick, so no listener reacts to it.
            box.setValue(new SearchResults.Suggestion(
                    -1, QueryText.of(request.text()).value()));
        }
        Span help = new Span(getTranslation("search.box.help"));
        help.setId("search-box-help");
        help.addClassName("dp-sr-only");
        Div bar = new Div(box, help);
        bar.addClassName("dp-search-bar");
        return bar;
    }

    private Component sort() {
        Select<SearchSort> sort = new Select<>();
        sort.setId("search-sort");
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.parameter()));
        sort.setValue(request.sort());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(request.withSort(e.getValue()));
            }
        });
        return sort;
    }

    private Div resultList(List<SearchResults.Hit> hits) {
        Div list = new Div();
        list.addClassName("dp-card-grid");
        list.getElement().setAttribute("role", "list");
        // Whitelist validity changes by the day, so it comes from the database at render time, not from the index.
        Map<Long, MerchantSummary> merchantsById = merchants.findAll(
                hits.stream().map(SearchResults.Hit::merchantId).distinct().toList());
        for (SearchResults.Hit hit : hits) {
            Div item = new Div(card(hit, merchantsById.get(hit.merchantId())));
            item.addClassName("dp-search-item");
            item.getElement().setAttribute("role", "listitem");
            String why = why(hit);
            if (why != null) {
                Paragraph line = new Paragraph(why);
                line.addClassName("dp-why");
                item.add(line);
            }
            list.add(item);
        }
        return list;
    }

    /** "Matched title, tags: cloud, 存储": where the query hit and with which words. */
    String why(SearchResults.Hit hit) {
        String separator = Languages.listSeparator(getLocale());
        if (hit.matchedFields().isEmpty()) {
            return hit.translations().isEmpty() ? null : getTranslation("search.why.across", translations(hit));
        }
        String fields = hit.matchedFields().stream()
                .map(f -> getTranslation("search.why." + f.name()))
                .collect(Collectors.joining(separator));
        String why = hit.matchedTerms().isEmpty()
                ? getTranslation("search.why.fields", fields)
                : getTranslation("search.why", fields, String.join(separator, hit.matchedTerms()));
        if (hit.translations().isEmpty()) {
            return why;
        }
        return why + getTranslation("search.why.translations", translations(hit));
    }

    /** "matched 气象 for weather": the lexicon's translations that found a listing in the other language. */
    private String translations(SearchResults.Hit hit) {
        return hit.translations().stream()
                .limit(3)
                .map(t -> getTranslation("search.why.translation", t.found(), t.queried()))
                .collect(Collectors.joining(Languages.listSeparator(getLocale())));
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
            Div list = resultList(results.alternatives());
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

    private ListingCard card(SearchResults.Hit hit, MerchantSummary merchant) {
        Locale locale = getLocale();
        return new ListingCard(new ListingCard.Content(
                hit.listingId(),
                highlighted(hit.titleHighlight(), hit.title(), locale),
                highlighted(hit.summaryHighlight(), hit.summary(), locale),
                hit.merchantName().in(locale),
                merchant == null ? null : merchant.slug(),
                hit.merchantOrigin() == Origin.FOREIGN,
                merchant != null && merchant.whitelisted(),
                merchant == null || merchant.whitelistScope() == null
                        ? null
                        : merchant.whitelistScope().in(locale),
                hit.merchantCountry(),
                hit.category().in(locale),
                PriceLabels.from(
                        locale,
                        hit.priceFrom(),
                        hit.priceModel() == null ? null : hit.priceModel().name(),
                        hit.pricePeriod() == null ? null : hit.pricePeriod().name()),
                null,
                hit.rating()));
    }

    /** The highlight in the language actually shown (the reader's, or the fallback), else the escaped plain text. */
    private static String highlighted(Bilingual highlight, Bilingual plain, Locale locale) {
        boolean showsChinese = Languages.isChinese(locale) != plain.isFallbackIn(locale);
        String mark = showsChinese ? highlight.zh() : highlight.en();
        return mark != null ? mark : ListingCard.escape(plain.in(locale));
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
