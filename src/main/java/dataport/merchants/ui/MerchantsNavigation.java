package dataport.merchants.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MerchantsNavigation {

    @Bean
    NavigationEntry whitelistNavigationEntry() {
        return new NavigationEntry("staff/whitelist", "whitelist.nav", Set.of("COMPLIANCE", "ADMIN"), 80);
    }
}
