package dataport.merchants;

import dataport.shared.QuerySitemapSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public profile pages for the sitemap, {@code merchants/{slug}}: active merchants only (a suspended one has no
 * page), by id, read as (slug, registration time) a page at a time.
 */
@Component
@Order(30)
@Transactional(readOnly = true)
class MerchantSitemap extends QuerySitemapSource {

    /** The route of a merchant's page (the page itself is the catalog module's). */
    static final String ROUTE = "merchants/";

    MerchantSitemap() {
        super(
                ROUTE,
                "select count(m) from Merchant m where m.status = dataport.merchants.MerchantStatus.ACTIVE",
                "select m.slug, m.createdAt from Merchant m"
                        + " where m.status = dataport.merchants.MerchantStatus.ACTIVE order by m.id");
    }
}
