package dataport.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import dataport.catalog.ListingDetails;
import dataport.shared.RatingSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A grid of listing cards as ONE server-side node ({@code <div class="dp-card-grid">} holding the light cards of
 * {@link ListingCard#lightHtml}): the same elements, classes, links and accessible names as a grid of {@link
 * ListingCard} components, without their ~13 components per card kept in every session that shows the page (README
 * "Search page speed", heap per session). For grids that only show and link: no listeners.
 */
@NamedInterface("listing-card-grid")
public class CardGrid extends Html {

    /**
     * {@code ratings}: rating summaries by listing id (missing: none); {@code i18n}: a component of the page, for its
     * translations; {@code locale}: the reader's.
     */
    public CardGrid(List<ListingDetails> listings, Map<Long, RatingSummary> ratings, Locale locale, Component i18n) {
        super(html(listings, ratings, locale, i18n));
    }

    private static String html(
            List<ListingDetails> listings, Map<Long, RatingSummary> ratings, Locale locale, Component i18n) {
        StringBuilder html = new StringBuilder(1_024 * (listings.size() + 1));
        html.append("<div class=\"dp-card-grid\">");
        for (ListingDetails l : listings) {
            html.append(ListingCard.lightHtml(ListingCard.content(locale, l, ratings.get(l.id())), locale, i18n));
        }
        return html.append("</div>").toString();
    }
}
