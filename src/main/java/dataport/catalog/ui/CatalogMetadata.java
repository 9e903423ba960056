package dataport.catalog.ui;

import dataport.catalog.BrowseService;
import dataport.catalog.BrowseService.CategoryPage;
import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRef;
import dataport.catalog.ListingDetails;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.KnownPages;
import dataport.shared.ListingRatings;
import dataport.shared.PageMetadata;
import dataport.shared.PageMetadataSource;
import dataport.shared.RatingSummary;
import dataport.shared.SchemaOrg;
import dataport.shared.SiteUrl;
import dataport.shared.ui.Countries;
import dataport.shared.ui.RouteIds;
import dataport.shared.ui.Translations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What search engines read of the listing, category and merchant pages (see {@link PageMetadataSource}): the titles the
 * views set, and schema.org data: a listing is a {@code Product} with one {@code Offer} per priced plan (price as a
 * decimal string from the plan's minor units, exactly), its merchant as seller and brand, and an {@code
 * AggregateRating} when it has visible reviews; a category is a {@code CollectionPage} listing its first page of
 * listings; a merchant is an {@code Organization}.
 */
@Component
class CatalogMetadata implements PageMetadataSource {

    static final int DESCRIPTION_LENGTH = 160;
    private static final String SCHEMA = SchemaOrg.CONTEXT;

    private final CatalogService catalog;
    private final BrowseService browse;
    private final MerchantService merchants;
    private final ListingRatings ratings;
    private final Translations translations;
    private final SiteUrl site;

    CatalogMetadata(
            CatalogService catalog,
            BrowseService browse,
            MerchantService merchants,
            ListingRatings ratings,
            Translations translations,
            SiteUrl site) {
        this.catalog = catalog;
        this.browse = browse;
        this.merchants = merchants;
        this.ratings = ratings;
        this.translations = translations;
        this.site = site;
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith("listings/")
                || path.startsWith(ListingCard.CATEGORY_ROUTE + "/")
                || path.startsWith(ListingCard.MERCHANT_ROUTE + "/");
    }

    @Override
    public Optional<PageMetadata> describe(String path, Locale locale) {
        String listing = KnownPages.segmentAfter("listings", path);
        if (listing != null) {
            return RouteIds.parse(listing).flatMap(catalog::findPublished).map(l -> listing(l, path, locale));
        }
        String category = KnownPages.segmentAfter(ListingCard.CATEGORY_ROUTE, path);
        if (category != null) {
            return browse.category(category, 0, CategoryView.PAGE_SIZE).map(c -> category(c, path, locale));
        }
        String merchant = KnownPages.segmentAfter(ListingCard.MERCHANT_ROUTE, path);
        if (merchant != null) {
            return merchants
                    .findBySlug(merchant)
                    .filter(MerchantSummary::isActive)
                    .map(m -> merchant(m, path, locale));
        }
        return Optional.empty();
    }

    /** The title {@link ListingView} sets. */
    static String listingTitle(String title, String appName) {
        return title + " · " + appName;
    }

    private PageMetadata listing(ListingDetails l, String path, Locale locale) {
        String title = listingTitle(l.content().title().in(locale), t("app.name", locale));
        String text = l.content().summary() != null
                        && !l.content().summary().in(locale).isBlank()
                ? l.content().summary().in(locale)
                : l.content().description().in(locale);
        String url = site.of(path, locale);
        Map<String, Object> seller = organization(l.merchant(), locale);

        Map<String, Object> product = SchemaOrg.root("Product");
        product.put("name", l.content().title().in(locale));
        product.put("description", PageMetadata.shorten(text, 5000));
        product.put("sku", String.valueOf(l.id()));
        product.put("url", url);
        product.put("category", l.category().name().in(locale));
        product.put(
                "brand", Map.of("@type", "Brand", "name", l.merchant().name().in(locale)));
        product.put("inLanguage", dataport.shared.Languages.tag(locale));
        List<Map<String, Object>> offers = new ArrayList<>();
        for (ListingDetails.Plan plan : l.plans()) {
            if (plan.price() == null) {
                continue; // a quote-only plan has no price to offer
            }
            Map<String, Object> offer = SchemaOrg.object("Offer");
            offer.put("name", plan.name().in(locale));
            offer.put("price", plan.price().amount().toPlainString());
            offer.put("priceCurrency", plan.price().currency().getCurrencyCode());
            offer.put("availability", SCHEMA + "/InStock");
            offer.put("url", url);
            offer.put("seller", seller);
            offers.add(offer);
        }
        if (!offers.isEmpty()) {
            product.put("offers", offers);
        }
        RatingSummary rated = ratings.of(l.id());
        if (rated.count() > 0) {
            Map<String, Object> rating = SchemaOrg.object("AggregateRating");
            rating.put("ratingValue", rated.average().toPlainString());
            rating.put("reviewCount", rated.count());
            rating.put("bestRating", "5");
            rating.put("worstRating", "1");
            product.put("aggregateRating", rating);
        }
        return new PageMetadata(
                title, PageMetadata.shorten(text, DESCRIPTION_LENGTH), null, "product", List.of(product));
    }

    private PageMetadata category(CategoryPage page, String path, Locale locale) {
        CategoryRef category = page.category();
        String name = category.name().in(locale);
        String title = t("browse.category.title", locale, name) + " · " + t("app.name", locale);
        String description =
                t("seo.category.description", locale, name, page.listings().total());
        List<Map<String, Object>> items = new ArrayList<>();
        int position = 1;
        for (ListingDetails l : page.listings().listings()) {
            Map<String, Object> item = SchemaOrg.object("ListItem");
            item.put("position", position++);
            item.put("url", site.of("listings/" + l.id(), locale));
            item.put("name", l.content().title().in(locale));
            items.add(item);
        }
        Map<String, Object> list = SchemaOrg.object("ItemList");
        list.put("numberOfItems", page.listings().total());
        list.put("itemListElement", items);
        Map<String, Object> collection = SchemaOrg.root("CollectionPage");
        collection.put("name", name);
        collection.put("description", description);
        collection.put("url", site.of(path, locale));
        collection.put("inLanguage", dataport.shared.Languages.tag(locale));
        collection.put("mainEntity", list);
        return new PageMetadata(title, description, null, "website", List.of(collection));
    }

    private PageMetadata merchant(MerchantSummary m, String path, Locale locale) {
        String name = m.name().in(locale);
        String title = t("merchant.title", locale, name) + " · " + t("app.name", locale);
        String description =
                m.description() == null || m.description().in(locale).isBlank()
                        ? t("seo.merchant.description", locale, name, Countries.name(m.countryCode(), locale))
                        : PageMetadata.shorten(m.description().in(locale), DESCRIPTION_LENGTH);
        Map<String, Object> organization = SchemaOrg.root("Organization");
        organization.putAll(organization(m, locale));
        if (m.description() != null && !m.description().in(locale).isBlank()) {
            organization.put("description", PageMetadata.shorten(m.description().in(locale), 5000));
        }
        Map<String, Object> address = SchemaOrg.object("PostalAddress");
        address.put("addressCountry", m.countryCode());
        if (m.city() != null && !m.city().isBlank()) {
            address.put("addressLocality", m.city());
        }
        organization.put("address", address);
        if (m.foundedYear() != null) {
            organization.put("foundingDate", String.valueOf(m.foundedYear()));
        }
        if (m.website() != null && !m.website().isBlank()) {
            organization.put("sameAs", List.of(m.website()));
        }
        return new PageMetadata(title, description, null, "profile", List.of(organization));
    }

    /** A merchant as a schema.org Organization, without {@code @context} (it is nested in a Product's offers). */
    private Map<String, Object> organization(MerchantSummary m, Locale locale) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", m.name().in(locale));
        organization.put("url", site.of(ListingCard.MERCHANT_ROUTE + "/" + m.slug(), locale));
        return organization;
    }

    private String t(String key, Locale locale, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }
}
