package dataport.search;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchNavigation {

    @Bean
    NavigationEntry adminSearchLink() {
        return new NavigationEntry("admin/search", "search-admin.nav", Set.of("ADMIN"), 905);
    }
}
