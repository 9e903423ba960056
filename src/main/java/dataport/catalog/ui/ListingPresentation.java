package dataport.catalog.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import dataport.catalog.FileDownload;
import dataport.catalog.LicencePolicies;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingFileInfo;
import dataport.catalog.ListingMedia;
import dataport.catalog.PricingModel;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.Markdown;
import dataport.shared.ui.Countries;
import dataport.shared.ui.MerchantContact;
import dataport.shared.ui.Times;
import dataport.shared.ui.WhitelistBadge;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A listing as buyers see it: header, description, facts, images, plans, sample and merchant card. The public page
 * shows it, and so do the merchant's preview and the reviewer's view, so all three look the same.
 */
class ListingPresentation extends Div {

    private final ListingMedia media;
    private final boolean buyLinks;

    ListingPresentation(ListingDetails listing, ListingMedia.Media files, ListingMedia media) {
        this(listing, files, media, false);
    }

    /** @param buyLinks a "Buy" link next to each priced plan (the public page; not previews or reviews) */
    ListingPresentation(ListingDetails listing, ListingMedia.Media files, ListingMedia media, boolean buyLinks) {
        this.media = media;
        this.buyLinks = buyLinks;
        show(listing, files);
    }

    private void show(ListingDetails l, ListingMedia.Media files) {
        Locale locale = getLocale();
        String title = l.content().title().in(locale);

        Div crumbs = new Div();
        crumbs.addClassName("dp-crumbs");
        if (l.category() != null) {
            Anchor track = new Anchor(
                    "categories/" + l.category().track().code(),
                    l.category().track().name().in(locale));
            Anchor category = new Anchor(
                    "categories/" + l.category().code(), l.category().name().in(locale));
            crumbs.add(track, new Span(" / "), category);
        }

        H1 heading = new H1(title);
        heading.setId("listing-title");
        Paragraph summary = new Paragraph(l.content().summary().in(locale));
        summary.addClassName("dp-lead");
        Div header = new Div(crumbs, heading, fallbackNote(l.content().title()), summary, tags(l));
        header.addClassName("dp-listing-header");

        Div description = new Div(
                new Html("<div>" + Markdown.toSafeHtml(l.content().description().in(locale)) + "</div>"));
        description.addClassName("dp-prose");
        description.setId("listing-description");
        Section about = section("listing.about", description);
        Section facts = section("listing.facts", facts(l));
        Section licence = section(
                "licence.plain.title",
                new LicencePlainWords(
                        l.content().licenceTerms(),
                        l.merchant() == null ? null : l.merchant().name(),
                        l.content().licence(),
                        l.isPublished() ? LicencePolicies.LISTING_PATH + l.id() : null));
        licence.setId("listing-licence");
        Div main = new Div(gallery(files), about, facts, licence);
        main.addClassName("dp-listing-main");

        Div side = new Div(plans(l), sample(files.sample()), merchantCard(l));
        side.addClassName("dp-listing-side");

        Div body = new Div(main, side);
        body.addClassName("dp-listing-body");
        add(header, body);
    }

    /** Thumbnails, loaded lazily; each opens the full image. */
    private Div gallery(ListingMedia.Media files) {
        Div gallery = new Div();
        gallery.addClassName("dp-gallery");
        gallery.setId("listing-images");
        gallery.setVisible(!files.images().isEmpty());
        int n = 0;
        for (ListingFileInfo image : files.images()) {
            Image thumb = new Image(fileHandler(image.id(), true).inline(), getTranslation("listing.image-alt", ++n));
            thumb.getElement().setAttribute("loading", "lazy");
            if (image.width() != null && image.height() != null) {
                // The thumbnail keeps the original's aspect ratio: reserve its space before it loads.
                thumb.getElement().getStyle().set("aspect-ratio", image.width() + " / " + image.height());
            }
            Anchor full = new Anchor(fileHandler(image.id(), false).inline(), "");
            full.add(thumb);
            full.setTarget("_blank");
            full.addClassName("dp-gallery-item");
            gallery.add(full);
        }
        return gallery;
    }

    private Div sample(ListingFileInfo sample) {
        Div box = new Div();
        box.addClassName("dp-panel");
        box.setId("listing-sample");
        box.setVisible(sample != null);
        if (sample == null) {
            return box;
        }
        Anchor download = new Anchor(fileHandler(sample.id(), false), getTranslation("listing.sample.download"));
        download.setId("sample-download");
        download.addClassName("dp-button-link");
        Span meta = new Span(sample.fileName() + " · " + sizeText(sample.size()));
        meta.addClassName("dp-muted");
        Span hash = new Span("SHA-256 " + sample.sha256());
        hash.addClassName("dp-hash");
        box.add(
                new H2(getTranslation("listing.sample")),
                new Paragraph(getTranslation("listing.sample.lead")),
                download,
                new Div(meta),
                new Div(hash));
        return box;
    }

    private String sizeText(long bytes) {
        if (bytes < 1024) {
            return getTranslation("listing.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("listing.size.kb", (bytes + 1023) / 1024);
        }
        return getTranslation("listing.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    /** Runs in the download request: the service checks again that the file is public or the caller may see it. */
    private InputStreamDownloadHandler fileHandler(long fileId, boolean thumbnail) {
        return DownloadHandler.fromInputStream(event -> {
            FileDownload file = media.download(fileId, thumbnail);
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.fileName(),
                    file.contentType(),
                    file.content().length);
        });
    }

    private Span fallbackNote(Bilingual text) {
        Span note = new Span(getTranslation("listing.language-fallback"));
        note.addClassName("dp-muted");
        note.setVisible(text.isFallbackIn(getLocale()));
        return note;
    }

    private Div tags(ListingDetails l) {
        Div tags = new Div();
        tags.addClassName("dp-tags");
        Languages.tagsFor(l.content().tags(), getLocale()).forEach(t -> {
            Span tag = new Span(t);
            tag.addClassName("dp-tag");
            tags.add(tag);
        });
        return tags;
    }

    private Section section(String headingKey, Div content) {
        Section section = new Section(new H2(getTranslation(headingKey)), content);
        section.addClassName("dp-section");
        return section;
    }

    private Div facts(ListingDetails l) {
        Locale locale = getLocale();
        Div list = new Div();
        list.addClassName("dp-facts");
        if (l.content().deliveryMode() != null) {
            fact(
                    list,
                    "listing.delivery",
                    getTranslation("delivery." + l.content().deliveryMode()));
        }
        if (l.content().classification() != null) {
            fact(
                    list,
                    "listing.classification",
                    getTranslation("classification." + l.content().classification()));
        }
        fact(
                list,
                "listing.personal-information",
                getTranslation(l.handlesPersonalInformation() ? "common.yes" : "common.no"));
        fact(
                list,
                "listing.cross-border",
                getTranslation(l.content().crossBorder() ? "listing.cross-border.yes" : "listing.cross-border.no"));
        if (l.content().updateFrequency() != null) {
            fact(
                    list,
                    "listing.update-frequency",
                    getTranslation("frequency." + l.content().updateFrequency()));
        }
        fact(
                list,
                "listing.regions",
                l.content().regions().stream()
                        .map(r -> Countries.name(r, locale))
                        .collect(Collectors.joining(Languages.listSeparator(locale))));
        fact(
                list,
                "listing.languages",
                l.content().languages().stream()
                        .map(t -> Countries.languageName(t, locale))
                        .collect(Collectors.joining(Languages.listSeparator(locale))));
        fact(list, "listing.sla", l.content().sla().in(locale));
        if (l.publishedAt() != null) {
            fact(list, "listing.published", Times.date(locale, l.publishedAt()));
        }
        return list;
    }

    private void fact(Div list, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("dp-fact-label");
        Span text = new Span(value);
        text.addClassName("dp-fact-value");
        Div row = new Div(label, text);
        row.addClassName("dp-fact");
        list.add(row);
    }

    private Div plans(ListingDetails l) {
        Locale locale = getLocale();
        Div box = new Div(new H2(getTranslation("listing.plans")));
        box.addClassName("dp-panel");
        box.setId("listing-plans");
        List<ListingDetails.Plan> plans = l.plans();
        for (int index = 0; index < plans.size(); index++) {
            ListingDetails.Plan plan = plans.get(index);
            H3 name = new H3(plan.name() == null ? "" : plan.name().in(locale));
            if (plan.model() == null) {
                continue;
            }
            Span model = new Span(getTranslation("pricing." + plan.model()));
            model.addClassName("dp-badge");
            Span price = new Span(plan.priceLabel(locale));
            price.addClassName("dp-plan-price");
            Div row = new Div(name, model, price);
            row.addClassName("dp-plan");
            if (buyLinks && plan.model() != PricingModel.QUOTE) {
                // By URL: the orders module owns checkout, and catalog must not depend on it.
                Anchor buy = new Anchor("checkout/" + l.id() + "?plan=" + index, getTranslation("listing.buy"));
                buy.addClassNames("dp-button-link", "dp-buy");
                buy.setId("buy-plan-" + index);
                buy.getElement().setAttribute("aria-label", getTranslation("listing.buy.label", name.getText()));
                row.add(buy);
            }
            if (buyLinks && plan.model() == PricingModel.QUOTE) {
                // By URL, like checkout: the quotes module owns requests for quotes.
                Anchor ask = new Anchor("quotes/new/" + l.id() + "?plan=" + index, getTranslation("listing.ask-quote"));
                ask.addClassNames("dp-button-link", "dp-ask-quote");
                ask.setId("ask-quote-" + index);
                row.add(ask);
            }
            box.add(row);
        }
        if (!buyLinks) {
            Paragraph note = new Paragraph(getTranslation("listing.buy-preview"));
            note.addClassName("dp-muted");
            box.add(note);
        }
        return box;
    }

    private Div merchantCard(ListingDetails l) {
        MerchantSummary m = l.merchant();
        Locale locale = getLocale();
        Anchor profile = new Anchor(MerchantView.path(m), m.name().in(locale));
        profile.setId("merchant-link");
        H2 name = new H2(profile);
        Span origin =
                new Span(getTranslation("origin." + m.origin()) + " · " + Countries.name(m.countryCode(), locale));
        origin.addClassName("dp-badge");
        Div badges = new Div(origin);
        badges.addClassName("dp-merchant-badges");
        if (m.whitelisted()) {
            badges.add(WhitelistBadge.of(m.whitelistScope().in(locale)));
        }
        Paragraph about = new Paragraph(m.description().in(locale));
        Div card = new Div(new Span(getTranslation("listing.sold-by")), name, badges, about);
        if (m.website() != null) {
            Anchor site = new Anchor(m.website(), m.website());
            site.setTarget("_blank");
            site.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            card.add(site);
        }
        card.add(MerchantContact.of(this, m.contactEmail(), l.content().title().in(locale)));
        card.addClassName("dp-panel");
        card.addClassName("dp-merchant-card");
        card.setId("merchant-card");
        return card;
    }
}
