package dataport.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.catalog.ListingDetails;
import dataport.merchants.Origin;
import dataport.shared.ListingRatings;
import dataport.shared.RatingSummary;
import dataport.shared.ui.Countries;
import dataport.shared.ui.PriceLabels;
import dataport.shared.ui.RatingLabel;
import dataport.shared.ui.WhitelistBadge;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * A listing as a card in a list of results, on every page that lists listings (category, merchant, home, exhibits,
 * search): title linking to its page, summary, merchant with origin, track and price. Titles and summaries arrive as
 * safe HTML (escaped text, perhaps with {@code <mark>} highlights). Exposed to other modules as a named interface.
 */
@NamedInterface("listing-cards")
public class ListingCard extends Div {

    /** The merchant pages' route ({@link MerchantView}). */
    public static final String MERCHANT_ROUTE = "merchants";

    /** The category pages' route ({@link CategoryView}). */
    public static final String CATEGORY_ROUTE = "categories";

    /**
     * What a card shows, already in the reader's language; {@code trackCode} null makes the track label plain text
     * instead of a link; {@code rating} empty shows no rating.
     */
    public record Content(
            long listingId,
            String titleHtml,
            String summaryHtml,
            String merchantName,
            String merchantSlug,
            boolean foreignMerchant,
            boolean whitelisted,
            String whitelistScope,
            String countryCode,
            String track,
            String price,
            String trackCode,
            RatingSummary rating) {

        public Content {
            rating = rating == null ? RatingSummary.NONE : rating;
        }

        /** A card without a rating. */
        public Content(
                long listingId,
                String titleHtml,
                String summaryHtml,
                String merchantName,
                String merchantSlug,
                boolean foreignMerchant,
                boolean whitelisted,
                String whitelistScope,
                String countryCode,
                String track,
                String price,
                String trackCode) {
            this(
                    listingId,
                    titleHtml,
                    summaryHtml,
                    merchantName,
                    merchantSlug,
                    foreignMerchant,
                    whitelisted,
                    whitelistScope,
                    countryCode,
                    track,
                    price,
                    trackCode,
                    RatingSummary.NONE);
        }
    }

    /** The card of a listing read from the catalogue (search builds its own {@link Content} from index hits). */
    public static ListingCard of(Locale locale, ListingDetails l) {
        return of(locale, l, RatingSummary.NONE);
    }

    /** The card of a listing read from the catalogue, with its rating summary ({@link ListingRatings}). */
    public static ListingCard of(Locale locale, ListingDetails l, RatingSummary rating) {
        return new ListingCard(content(locale, l, rating));
    }

    /** What a card shows of a listing read from the catalogue, in the reader's language (texts escaped). */
    public static Content content(Locale locale, ListingDetails l, RatingSummary rating) {
        var cheapest = l.cheapestPlan();
        return new Content(
                l.id(),
                escape(l.content().title().in(locale)),
                escape(l.content().summary().in(locale)),
                l.merchant().name().in(locale),
                l.merchant().slug(),
                l.merchant().origin() == Origin.FOREIGN,
                l.merchant().whitelisted(),
                l.merchant().whitelistScope() == null
                        ? null
                        : l.merchant().whitelistScope().in(locale),
                l.merchant().countryCode(),
                l.category().track().name().in(locale),
                PriceLabels.from(
                        locale,
                        cheapest.map(ListingDetails.Plan::price).orElse(null),
                        cheapest.map(p -> p.model().name()).orElse(null),
                        cheapest.map(p -> p.period() == null ? null : p.period().name())
                                .orElse(null)),
                l.category().track().code(),
                rating);
    }

    public ListingCard(Content c) {
        addClassName("dp-card");
        getElement().setAttribute("data-listing-id", String.valueOf(c.listingId()));

        Component trackLabel = c.trackCode() == null
                ? new Span(c.track())
                : new Anchor(CATEGORY_ROUTE + "/" + c.trackCode(), c.track());
        trackLabel.getElement().getClassList().add("dp-card-track");

        Anchor link = new Anchor("listings/" + c.listingId());
        link.add(new Html("<span>" + c.titleHtml() + "</span>"));
        link.addClassName("dp-card-link");
        H3 title = new H3(link);
        title.addClassName("dp-card-title");

        Paragraph summary = new Paragraph();
        summary.add(new Html("<span>" + c.summaryHtml() + "</span>"));
        summary.addClassName("dp-card-summary");

        Component merchant;
        if (c.merchantSlug() != null) {
            Anchor merchantLink = new Anchor(MERCHANT_ROUTE + "/" + c.merchantSlug(), c.merchantName());
            merchantLink.addClassName("dp-card-merchant");
            merchant = merchantLink;
        } else {
            Span name = new Span(c.merchantName());
            name.addClassName("dp-card-merchant");
            merchant = name;
        }
        Span origin = new Span(getTranslation(c.foreignMerchant() ? "origin.FOREIGN" : "origin.DOMESTIC") + " · "
                + Countries.name(c.countryCode(), getLocale()));
        origin.addClassName("dp-badge");
        origin.addClassName(c.foreignMerchant() ? "dp-badge-foreign" : "dp-badge-domestic");

        Span price = new Span(c.price());
        price.addClassName("dp-card-price");

        Div meta = new Div(merchant, origin);
        if (c.whitelisted()) {
            meta.add(WhitelistBadge.of(c.whitelistScope()));
        }
        meta.addClassName("dp-card-meta");
        Div footer = new Div(meta, price);

        footer.addClassName("dp-card-footer");
        add(trackLabel, title, summary);
        if (!c.rating().isEmpty()) {
            add(new RatingLabel(c.rating()));
        }
        add(footer);
    }

    /**
     * The same card as the constructor builds (same elements, classes, links and accessible names), as ONE server-side
     * node whose inside is sent as HTML: a page of twenty cards is twenty nodes instead of some two hundred and fifty
     * components, which the search page sends at every search (see README "UI benchmark"). Texts are escaped here;
     * {@code titleHtml}/{@code summaryHtml} are already safe HTML. {@code i18n} is any component of the page (for
     * {@code getTranslation}), {@code locale} the reader's.
     */
    public static Html light(Content c, Locale locale, Component i18n) {
        return new Html(lightHtml(c, locale, i18n));
    }

    /** The HTML of {@link #light}: for a list that sends many cards as one node. */
    public static String lightHtml(Content c, Locale locale, Component i18n) {
        StringBuilder html = new StringBuilder(1_024);
        html.append("<div class=\"dp-card\" data-listing-id=\"")
                .append(c.listingId())
                .append("\">");
        if (c.trackCode() == null) {
            html.append("<span class=\"dp-card-track\">")
                    .append(escape(c.track()))
                    .append("</span>");
        } else {
            html.append("<a class=\"dp-card-track\" href=\"")
                    .append(escape(CATEGORY_ROUTE + "/" + c.trackCode()))
                    .append("\">")
                    .append(escape(c.track()))
                    .append("</a>");
        }
        html.append("<h3 class=\"dp-card-title\"><a class=\"dp-card-link\" href=\"listings/")
                .append(c.listingId())
                .append("\"><span>")
                .append(c.titleHtml())
                .append("</span></a></h3>");
        html.append("<p class=\"dp-card-summary\"><span>")
                .append(c.summaryHtml())
                .append("</span></p>");
        if (!c.rating().isEmpty()) {
            String average = RatingLabel.format(c.rating().average().doubleValue(), locale);
            String spoken = escape(i18n.getTranslation(
                    "shared.rating.label", average, c.rating().count()));
            html.append("<span class=\"dp-rating\" role=\"img\" aria-label=\"")
                    .append(spoken)
                    .append("\" title=\"")
                    .append(spoken)
                    .append("\" data-rating=\"")
                    .append(escape(average))
                    .append("\" data-rating-count=\"")
                    .append(c.rating().count())
                    .append("\"><span class=\"dp-rating-star\">★</span><span>")
                    .append(escape(i18n.getTranslation(
                            "shared.rating.short", average, c.rating().count())))
                    .append("</span></span>");
        }
        html.append("<div class=\"dp-card-footer\"><div class=\"dp-card-meta\">");
        if (c.merchantSlug() != null) {
            html.append("<a class=\"dp-card-merchant\" href=\"")
                    .append(escape(MERCHANT_ROUTE + "/" + c.merchantSlug()))
                    .append("\">")
                    .append(escape(c.merchantName()))
                    .append("</a>");
        } else {
            html.append("<span class=\"dp-card-merchant\">")
                    .append(escape(c.merchantName()))
                    .append("</span>");
        }
        html.append("<span class=\"dp-badge ")
                .append(c.foreignMerchant() ? "dp-badge-foreign" : "dp-badge-domestic")
                .append("\">")
                .append(escape(i18n.getTranslation(c.foreignMerchant() ? "origin.FOREIGN" : "origin.DOMESTIC") + " · "
                        + Countries.name(c.countryCode(), locale)))
                .append("</span>");
        if (c.whitelisted()) {
            html.append("<span class=\"dp-badge dp-badge-whitelisted\"");
            String scope = c.whitelistScope();
            if (scope != null && !scope.isBlank()) {
                html.append(" title=\"")
                        .append(escape(i18n.getTranslation("whitelist.badge.scope", scope)))
                        .append("\">")
                        .append(escape(i18n.getTranslation("whitelist.badge")))
                        .append("<span class=\"dp-visually-hidden\"> · ")
                        .append(escape(scope))
                        .append("</span>");
            } else {
                html.append(">").append(escape(i18n.getTranslation("whitelist.badge")));
            }
            html.append("</span>");
        }
        html.append("</div><span class=\"dp-card-price\">")
                .append(escape(c.price()))
                .append("</span></div></div>");
        return html.toString();
    }

    /** Escapes text for the card's HTML slots. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
