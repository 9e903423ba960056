package dataport.catalog.ui;

import dataport.catalog.BrowseService;
import dataport.catalog.CatalogService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.KnownPages;
import dataport.shared.ui.RouteIds;
import org.springframework.stereotype.Component;

/** Listing, category and merchant pages exist only for a published listing, a known category, an active merchant. */
@Component
class CatalogPages implements KnownPages {

    private static final String LISTING_ROUTE = "listings";

    private final CatalogService catalog;
    private final BrowseService browse;
    private final MerchantService merchants;

    CatalogPages(CatalogService catalog, BrowseService browse, MerchantService merchants) {
        this.catalog = catalog;
        this.browse = browse;
        this.merchants = merchants;
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith(LISTING_ROUTE + "/")
                || path.startsWith(ListingCard.CATEGORY_ROUTE + "/")
                || path.startsWith(ListingCard.MERCHANT_ROUTE + "/");
    }

    @Override
    public boolean exists(String path) {
        String listing = KnownPages.segmentAfter(LISTING_ROUTE, path);
        if (listing != null) {
            return RouteIds.parse(listing).flatMap(catalog::findPublished).isPresent();
        }
        String category = KnownPages.segmentAfter(ListingCard.CATEGORY_ROUTE, path);
        if (category != null) {
            return browse.hasCategory(category);
        }
        String merchant = KnownPages.segmentAfter(ListingCard.MERCHANT_ROUTE, path);
        return merchant != null
                && merchants
                        .findBySlug(merchant)
                        .filter(MerchantSummary::isActive)
                        .isPresent();
    }
}
