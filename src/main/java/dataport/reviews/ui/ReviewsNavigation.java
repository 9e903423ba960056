package dataport.reviews.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReviewsNavigation {

    @Bean
    NavigationEntry merchantReviewsLink() {
        return new NavigationEntry(MerchantReviewsView.ROUTE, "reviews.workspace.nav", Set.of("MERCHANT"), 23);
    }
}
