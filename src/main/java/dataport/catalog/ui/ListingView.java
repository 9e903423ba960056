package dataport.catalog.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.Markdown;
import dataport.shared.ui.Countries;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.PriceLabels;
import dataport.shared.ui.WhitelistBadge;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A listing's public page at {@code /listings/{id}}: what it is, its terms and plans, and who sells it. */
@Route(value = "listings/:id", layout = MainLayout.class)
@AnonymousAllowed
public class ListingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private String title = "";

    ListingView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("dp-page");
        addClassName("dp-listing");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListingDetails listing = event.getRouteParameters()
                .get("id")
                .flatMap(ListingView::parseId)
                .flatMap(catalog::findPublished)
                .orElse(null);
        if (listing == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(listing);
    }

    private static Optional<Long> parseId(String raw) {
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void show(ListingDetails l) {
        removeAll();
        Locale locale = getLocale();
        title = l.title().in(locale);

        Anchor track =
                new Anchor(MainLayout.SEARCH_ROUTE, l.category().track().name().in(locale));
        Span category = new Span(l.category().name().in(locale));
        Div crumbs = new Div(track, new Span(" / "), category);
        crumbs.addClassName("dp-crumbs");

        H1 heading = new H1(title);
        heading.setId("listing-title");
        Paragraph summary = new Paragraph(l.summary().in(locale));
        summary.addClassName("dp-lead");
        Div header = new Div(crumbs, heading, fallbackNote(l.title()), summary, tags(l));
        header.addClassName("dp-listing-header");

        Div description =
                new Div(new Html("<div>" + Markdown.toSafeHtml(l.description().in(locale)) + "</div>"));
        description.addClassName("dp-prose");
        description.setId("listing-description");
        Section about = section("listing.about", description);
        Section facts = section("listing.facts", facts(l));
        Div main = new Div(about, facts);
        main.addClassName("dp-listing-main");

        Div side = new Div(plans(l), merchantCard(l.merchant()));
        side.addClassName("dp-listing-side");

        Div body = new Div(main, side);
        body.addClassName("dp-listing-body");
        add(header, body);
        add(new RelatedListings(l));
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
        Languages.tagsFor(l.tags(), getLocale()).forEach(t -> {
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
        fact(list, "listing.delivery", getTranslation("delivery." + l.deliveryMode()));
        fact(list, "listing.classification", getTranslation("classification." + l.classification()));
        fact(
                list,
                "listing.personal-information",
                getTranslation(l.personalInformation() ? "common.yes" : "common.no"));
        fact(
                list,
                "listing.cross-border",
                getTranslation(l.crossBorder() ? "listing.cross-border.yes" : "listing.cross-border.no"));
        if (l.updateFrequency() != null) {
            fact(list, "listing.update-frequency", getTranslation("frequency." + l.updateFrequency()));
        }
        fact(
                list,
                "listing.regions",
                l.regions().stream()
                        .map(r -> Countries.name(r, locale))
                        .collect(Collectors.joining(Languages.listSeparator(locale))));
        fact(
                list,
                "listing.languages",
                l.languages().stream()
                        .map(t -> Countries.languageName(t, locale))
                        .collect(Collectors.joining(Languages.listSeparator(locale))));
        fact(list, "listing.sla", l.sla().in(locale));
        fact(list, "listing.licence", l.licence().in(locale));
        if (l.publishedAt() != null) {
            fact(
                    list,
                    "listing.published",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(locale)
                            .format(l.publishedAt().atZone(ZoneId.of("Asia/Shanghai"))));
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
        for (ListingDetails.Plan plan : plans) {
            H3 name = new H3(plan.name().in(locale));
            Span model = new Span(getTranslation("pricing." + plan.model()));
            model.addClassName("dp-badge");
            Span price = new Span(PriceLabels.of(
                    locale,
                    plan.price(),
                    plan.model().name(),
                    plan.period() == null ? null : plan.period().name(),
                    plan.unit() == null ? null : plan.unit().in(locale)));
            price.addClassName("dp-plan-price");
            Div row = new Div(name, model, price);
            row.addClassName("dp-plan");
            box.add(row);
        }
        Paragraph note = new Paragraph(getTranslation("listing.buy-soon"));
        note.addClassName("dp-muted");
        box.add(note);
        return box;
    }

    private Div merchantCard(MerchantSummary m) {
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
            badges.add(WhitelistBadge.of(m.whitelistScope()));
        }
        Paragraph about = new Paragraph(m.description().in(locale));
        Div card = new Div(new Span(getTranslation("listing.sold-by")), name, badges, about);
        if (m.website() != null) {
            Anchor site = new Anchor(m.website(), m.website());
            site.setTarget("_blank");
            site.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            card.add(site);
        }
        card.addClassName("dp-panel");
        card.addClassName("dp-merchant-card");
        card.setId("merchant-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
