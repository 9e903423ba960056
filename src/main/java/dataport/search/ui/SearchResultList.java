package dataport.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import dataport.catalog.ui.ListingCard;
import dataport.merchants.MerchantSummary;
import dataport.merchants.Origin;
import dataport.search.SearchResults;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.ui.PriceLabels;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A list of search hits as ONE server-side node: the light cards ({@link ListingCard#light}) with their "why it
 * matched" lines, sent as HTML (the same elements, classes, links and accessible names as a tree of components, some
 * sixty nodes fewer per page of twenty). Keeps nothing of the hits: one click listener on the list reads the listing
 * and its position from the clicked item's {@code data-} attributes (for the statistics).
 */
class SearchResultList extends Html {

    /** A click on a result: the listing and its position over all pages (1-based). */
    interface ClickListener {
        void clicked(long listingId, int position);
    }

    private static final String ITEM = "event.target.closest('.dp-search-item')";
    private static final String LISTING = "Number((" + ITEM + " || {dataset: {}}).dataset.listingId || -1)";
    private static final String POSITION = "Number((" + ITEM + " || {dataset: {}}).dataset.position || -1)";

    /**
     * {@code merchantsById}: the hits' merchants as the database says now (whitelist validity changes by the day, so
     * it is not taken from the index); {@code first}: the position of the first hit; {@code onClick} null for none.
     * {@code locale}: the reader's; {@code i18n}: a component of the page, for its translations.
     */
    SearchResultList(
            List<SearchResults.Hit> hits,
            Map<Long, MerchantSummary> merchantsById,
            Locale locale,
            Component i18n,
            int first,
            ClickListener onClick) {
        super(html(hits, merchantsById, locale, i18n, first));
        if (onClick != null) {
            getElement()
                    .addEventListener("click", e -> {
                        long id = e.getEventData().get(LISTING).asLong();
                        int at = e.getEventData().get(POSITION).asInt();
                        if (id > 0 && at > 0) {
                            onClick.clicked(id, at);
                        }
                    })
                    .setFilter(ITEM + " !== null")
                    .addEventData(LISTING)
                    .addEventData(POSITION);
        }
    }

    private static String html(
            List<SearchResults.Hit> hits,
            Map<Long, MerchantSummary> merchantsById,
            Locale locale,
            Component i18n,
            int first) {
        StringBuilder html = new StringBuilder(hits.size() * 1_400);
        html.append("<div class=\"dp-card-grid\" role=\"list\">");
        int position = first;
        for (SearchResults.Hit hit : hits) {
            html.append("<div class=\"dp-search-item\" role=\"listitem\" data-listing-id=\"")
                    .append(hit.listingId())
                    .append("\" data-position=\"")
                    .append(position++)
                    .append("\">")
                    .append(ListingCard.lightHtml(
                            content(hit, merchantsById.get(hit.merchantId()), locale), locale, i18n));
            String why = why(hit, locale, i18n);
            if (why != null) {
                html.append("<p class=\"dp-why\">")
                        .append(ListingCard.escape(why))
                        .append("</p>");
            }
            html.append("</div>");
        }
        return html.append("</div>").toString();
    }

    /** "Matched title, tags: cloud, 存储": where the query hit and with which words. */
    static String why(SearchResults.Hit hit, Locale locale, Component i18n) {
        String separator = Languages.listSeparator(locale);
        if (hit.matchedFields().isEmpty()) {
            return hit.translations().isEmpty()
                    ? null
                    : i18n.getTranslation("search.why.across", translations(hit, locale, i18n));
        }
        String fields = hit.matchedFields().stream()
                .map(f -> i18n.getTranslation("search.why." + f.name()))
                .collect(Collectors.joining(separator));
        String why = hit.matchedTerms().isEmpty()
                ? i18n.getTranslation("search.why.fields", fields)
                : i18n.getTranslation("search.why", fields, String.join(separator, hit.matchedTerms()));
        if (hit.translations().isEmpty()) {
            return why;
        }
        return why + i18n.getTranslation("search.why.translations", translations(hit, locale, i18n));
    }

    /** "matched 气象 for weather": the lexicon's translations that found a listing in the other language. */
    private static String translations(SearchResults.Hit hit, Locale locale, Component i18n) {
        return hit.translations().stream()
                .limit(3)
                .map(t -> i18n.getTranslation("search.why.translation", t.found(), t.queried()))
                .collect(Collectors.joining(Languages.listSeparator(locale)));
    }

    private static ListingCard.Content content(SearchResults.Hit hit, MerchantSummary merchant, Locale locale) {
        return new ListingCard.Content(
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
                hit.rating());
    }

    /** The highlight in the language actually shown (the reader's, or the fallback), else the escaped plain text. */
    private static String highlighted(Bilingual highlight, Bilingual plain, Locale locale) {
        boolean showsChinese = Languages.isChinese(locale) != plain.isFallbackIn(locale);
        String mark = showsChinese ? highlight.zh() : highlight.en();
        return mark != null ? mark : ListingCard.escape(plain.in(locale));
    }
}
