package dataport.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.catalog.BrowseService;
import dataport.catalog.BrowseService.ListingPage;
import dataport.catalog.ListingDetails;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.ListingRatings;
import dataport.shared.ui.Countries;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.MerchantContact;
import dataport.shared.ui.WhitelistBadge;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A merchant's public page at {@code /merchants/{slug}?page=N}: profile, origin, whitelist badge and all published
 * listings, newest first, a page at a time.
 * It lives in catalog, not merchants: it lists the merchant's listings, and catalog already depends on merchants, so
 * a view in merchants calling catalog would close a cycle between the two modules.
 */
@Route(value = ListingCard.MERCHANT_ROUTE + "/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class MerchantView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final int PAGE_SIZE = 24;

    private final MerchantService merchants;
    private final BrowseService browse;
    private String name = "";

    private final ListingRatings ratings;

    MerchantView(MerchantService merchants, BrowseService browse, ListingRatings ratings) {
        this.ratings = ratings;
        this.merchants = merchants;
        this.browse = browse;
        addClassName("dp-page");
        addClassName("dp-merchant-page");
    }

    static String path(MerchantSummary merchant) {
        return ListingCard.MERCHANT_ROUTE + "/" + merchant.slug();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A suspended merchant has no public page: it may not trade, and its profile should not look as if it could.
        MerchantSummary merchant = event.getRouteParameters()
                .get("slug")
                .flatMap(merchants::findBySlug)
                .filter(MerchantSummary::isActive)
                .orElse(null);
        if (merchant == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        int page = Pager.requestedPage(event.getLocation().getQueryParameters());
        show(merchant, browse.publishedBy(merchant.id(), page, PAGE_SIZE));
    }

    private void show(MerchantSummary m, ListingPage page) {
        List<ListingDetails> listings = page.listings();
        removeAll();
        Locale locale = getLocale();
        name = m.name().in(locale);

        Span kind = new Span(getTranslation("merchant.kind"));
        kind.addClassName("dp-card-track");
        H1 heading = new H1(name);
        heading.setId("merchant-name");
        Span origin =
                new Span(getTranslation("origin." + m.origin()) + " · " + Countries.name(m.countryCode(), locale));
        origin.addClassName("dp-badge");
        origin.addClassName(m.origin().name().equals("FOREIGN") ? "dp-badge-foreign" : "dp-badge-domestic");
        Div badges = new Div(origin);
        badges.addClassName("dp-merchant-badges");
        if (m.whitelisted()) {
            Span badge = WhitelistBadge.of(m.whitelistScope().in(locale));
            badge.setId("merchant-whitelisted");
            badges.add(badge);
        }
        Paragraph about = new Paragraph(m.description().in(locale));
        about.addClassName("dp-lead");
        about.setId("merchant-description");
        Span fallback = new Span(getTranslation("listing.language-fallback"));
        fallback.addClassName("dp-muted");
        fallback.setVisible(m.name().isFallbackIn(locale) || m.description().isFallbackIn(locale));

        Div header = new Div(
                kind, heading, badges, fallback, about, facts(m), MerchantContact.of(this, m.contactEmail(), name));
        header.addClassName("dp-merchant-header");

        H2 listingsHeading = new H2(getTranslation(
                "merchant.listings", NumberFormat.getIntegerInstance(locale).format(page.total())));
        Div grid = new Div();
        grid.addClassName("dp-card-grid");
        grid.setId("merchant-listings");
        var rated = ratings.of(listings.stream().map(ListingDetails::id).toList());
        listings.forEach(l -> grid.add(ListingCard.of(locale, l, rated.get(l.id()))));
        Section section = new Section(listingsHeading, grid);
        section.addClassName("dp-section");
        if (listings.isEmpty()) {
            Paragraph none =
                    new Paragraph(getTranslation(page.total() == 0 ? "merchant.no-listings" : "browse.page-empty"));
            none.addClassName("dp-muted");
            section.add(none);
        }
        section.add(Pager.of(this, path(m), page));
        add(header, section);
    }

    private Div facts(MerchantSummary m) {
        Locale locale = getLocale();
        Div facts = new Div();
        facts.addClassName("dp-facts");
        facts.setId("merchant-facts");
        fact(facts, "merchant.origin", new Span(getTranslation("origin." + m.origin())));
        String country = Countries.name(m.countryCode(), locale);
        // City-states (Singapore) would read "Singapore, Singapore".
        String place = m.city() == null || m.city().isBlank() || m.city().equalsIgnoreCase(country)
                ? country
                : m.city() + ", " + country;
        fact(facts, "merchant.location", new Span(place));
        if (m.foundedYear() != null) {
            fact(facts, "merchant.founded", new Span(String.valueOf(m.foundedYear())));
        }
        if (m.whitelisted()) {
            fact(facts, "merchant.whitelist-scope", new Span(m.whitelistScope().in(locale)));
        }
        if (m.website() != null && !m.website().isBlank()) {
            Anchor site = new Anchor(m.website(), m.website());
            site.setTarget("_blank");
            site.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            fact(facts, "merchant.website", site);
        }
        return facts;
    }

    private void fact(Div list, String labelKey, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("dp-fact-label");
        value.getElement().getClassList().add("dp-fact-value");
        Div row = new Div(label, value);
        row.addClassName("dp-fact");
        list.add(row);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("merchant.title", name) + " · " + getTranslation("app.name");
    }
}
