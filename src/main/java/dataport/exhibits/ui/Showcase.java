package dataport.exhibits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.catalog.ui.ListingCard;
import dataport.exhibits.ExhibitService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.Origin;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.ui.Countries;
import dataport.shared.ui.WhitelistBadge;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Small parts the showcase pages share: bilingual text marked when it falls back, banners, schedules. */
final class Showcase {

    static final String EXHIBIT_ROUTE = "exhibits";

    private Showcase() {}

    static String path(String slug) {
        return EXHIBIT_ROUTE + "/" + slug;
    }

    /**
     * The text in the reader's language; when only the other language has it, that text with its {@code lang} and a
     * small tag naming the language, so readers (and screen readers) know why it is not in theirs.
     */
    static Span text(Component owner, Bilingual text, Locale locale) {
        Bilingual value = text == null ? Bilingual.of(null, null) : text;
        Span span = new Span(value.in(locale));
        if (value.isFallbackIn(locale) && !value.in(locale).isEmpty()) {
            boolean showsChinese = !Languages.isChinese(locale);
            span.getElement().setAttribute("lang", showsChinese ? "zh-CN" : "en");
            Span tag = new Span(owner.getTranslation(locale, showsChinese ? "exhibits.lang.zh" : "exhibits.lang.en"));
            tag.addClassName("dp-lang-tag");
            tag.getElement().setAttribute("lang", showsChinese ? "zh-CN" : "en");
            span.add(new Span(" "), tag);
            span.addClassName("dp-fallback");
        }
        return span;
    }

    /**
     * A banner image with its size reserved (no layout shift); lazy unless it is the first thing on the page, which
     * is the largest paint and must not wait.
     */
    static Image banner(
            ExhibitService exhibits, long bannerId, Integer width, Integer height, String alt, boolean lazy) {
        Image image = new Image(
                DownloadHandler.fromInputStream(event -> {
                            byte[] bytes = exhibits.banner(bannerId);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(bytes),
                                    "banner-" + bannerId + ".jpg",
                                    "image/jpeg",
                                    bytes.length);
                        })
                        .inline(),
                alt);
        if (width != null && height != null) {
            image.getElement().setAttribute("width", String.valueOf(width));
            image.getElement().setAttribute("height", String.valueOf(height));
        }
        image.getElement().setAttribute("loading", lazy ? "lazy" : "eager");
        image.getElement().setAttribute("decoding", "async");
        image.addClassName("dp-banner-image");
        return image;
    }

    /** "from … until …" in the exhibit's own zone, with the zone named. */
    static String schedule(Component owner, Locale locale, Instant start, Instant end, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        String zoneName = zone.getId();
        if (start != null && end != null) {
            return owner.getTranslation(
                    locale,
                    "exhibits.schedule.from-until",
                    format.format(start.atZone(zone)),
                    format.format(end.atZone(zone)),
                    zoneName);
        }
        if (end != null) {
            return owner.getTranslation(locale, "exhibits.schedule.until", format.format(end.atZone(zone)), zoneName);
        }
        if (start != null) {
            return owner.getTranslation(locale, "exhibits.schedule.from", format.format(start.atZone(zone)), zoneName);
        }
        return "";
    }

    /** A merchant as a card like a listing's: name linking to its page, origin and country, first lines about it. */
    static Div merchantCard(Component owner, MerchantSummary m, Locale locale) {
        Anchor name =
                new Anchor(ListingCard.MERCHANT_ROUTE + "/" + m.slug(), m.name().in(locale));
        name.addClassName("dp-card-link");
        H3 title = new H3(name);
        title.addClassName("dp-card-title");
        Span label = new Span(owner.getTranslation(locale, "exhibits.merchant"));
        label.addClassName("dp-card-track");
        Paragraph about =
                new Paragraph(m.description() == null ? "" : m.description().in(locale));
        about.addClassName("dp-card-summary");
        boolean foreign = m.origin() == Origin.FOREIGN;
        Span origin = new Span(owner.getTranslation(locale, foreign ? "origin.FOREIGN" : "origin.DOMESTIC") + " · "
                + Countries.name(m.countryCode(), locale));
        origin.addClassName("dp-badge");
        origin.addClassName(foreign ? "dp-badge-foreign" : "dp-badge-domestic");
        Div meta = new Div(origin);
        if (m.whitelisted()) {
            meta.add(WhitelistBadge.of(m.whitelistScope().in(locale)));
        }
        meta.addClassName("dp-card-meta");
        Div card = new Div(label, title, about, meta);
        card.addClassName("dp-card");
        card.addClassName("dp-merchant-card");
        return card;
    }
}
