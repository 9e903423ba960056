package dataport.catalog.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogNavigation {

    @Bean
    NavigationEntry myListingsLink() {
        return new NavigationEntry(MyListingsView.ROUTE, "workspace.listings.nav", Set.of("MERCHANT"), 20);
    }

    @Bean
    NavigationEntry listingReviewLink() {
        return new NavigationEntry(ListingReviewQueueView.ROUTE, "review.listings.nav", Set.of("COMPLIANCE"), 112);
    }

    @Bean
    NavigationEntry listingBatchReviewLink() {
        return new NavigationEntry(ListingBatchReviewView.ROUTE, "review.batch.nav", Set.of("COMPLIANCE"), 113);
    }

    @Bean
    NavigationEntry adminMerchantsLink() {
        return new NavigationEntry(AdminMerchantsView.ROUTE, "admin.merchants.nav", Set.of("ADMIN"), 131);
    }

    @Bean
    NavigationEntry categoriesLink() {
        return new NavigationEntry("admin/categories", "admin.categories.nav", Set.of("ADMIN"), 130);
    }
}
