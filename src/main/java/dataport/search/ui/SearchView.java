package dataport.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.Origin;
import dataport.search.QueryText;
import dataport.search.SearchRequest;
import dataport.search.SearchResults;
import dataport.search.SearchService;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.ui.ListingCard;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.PriceLabels;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Search results at {@code /search?q=...&page=...}. The whole state is in the URL, so a reload or a shared link shows
 * the same page.
 */
@Route(value = MainLayout.SEARCH_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private final MerchantService merchants;
    private String pageTitle = "";

    SearchView(SearchService search, MerchantService merchants) {
        this.search = search;
        this.merchants = merchants;
        addClassName("dp-page");
        addClassName("dp-search");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        String text = params.getSingleParameter("q").orElse("");
        int page = params.getSingleParameter("page").map(SearchView::parsePage).orElse(1) - 1;
        show(search.search(new SearchRequest(text, page, getLocale())));
    }

    private static int parsePage(String raw) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(raw.strip()), 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void show(SearchResults results) {
        removeAll();
        String query = results.query().value();
        pageTitle = query.isEmpty() ? getTranslation("search.title") : getTranslation("search.title.query", query);

        H1 heading = new H1(query.isEmpty() ? getTranslation("search.all") : getTranslation("search.heading", query));
        heading.setId("search-heading");
        add(heading);

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

        Paragraph count = new Paragraph(getTranslation(
                results.total() == 1 ? "search.count.one" : "search.count",
                NumberFormat.getIntegerInstance(getLocale()).format(results.total())));
        count.setId("search-count");
        count.getElement().setAttribute("role", "status");
        count.addClassName("dp-count");
        add(count);

        if (results.hits().isEmpty()) {
            Div none = message(results.total() > 0 ? "search.past-end" : "search.none", "search.none.hint");
            none.setId("search-none");
            none.addClassName("dp-empty");
            Anchor all = new Anchor(MainLayout.SEARCH_ROUTE, getTranslation("search.browse-all"));
            none.add(all);
            add(none);
            return;
        }

        Div grid = new Div();
        grid.addClassName("dp-card-grid");
        grid.setId("search-results");
        // Whitelist validity changes by the day, so it comes from the database at render time, not from the index.
        Map<Long, MerchantSummary> merchantsById = merchants.findAll(results.hits().stream()
                .map(SearchResults.Hit::merchantId)
                .distinct()
                .toList());
        results.hits().forEach(hit -> grid.add(card(hit, merchantsById.get(hit.merchantId()))));
        add(grid, pager(results));
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
                merchant == null ? null : merchant.whitelistScope(),
                hit.merchantCountry(),
                hit.category().in(locale),
                PriceLabels.from(
                        locale,
                        hit.priceFrom(),
                        hit.priceModel() == null ? null : hit.priceModel().name(),
                        hit.pricePeriod() == null ? null : hit.pricePeriod().name())));
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
        int last = Math.max(1, results.pageCount());
        if (current > 1) {
            pager.add(pageLink(results, current - 1, "search.previous"));
        }
        Span position = new Span(getTranslation("search.page-of", current, last));
        pager.add(position);
        if (current < last) {
            pager.add(pageLink(results, current + 1, "search.next"));
        }
        return pager;
    }

    private Anchor pageLink(SearchResults results, int page, String labelKey) {
        String href = MainLayout.SEARCH_ROUTE + "?q="
                + URLEncoder.encode(results.query().value(), StandardCharsets.UTF_8) + "&page=" + page;
        Anchor link = new Anchor(href, getTranslation(labelKey));
        link.addClassName("dp-page-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.name");
    }
}
