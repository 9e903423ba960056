package dataport.settlement.ui;

import dataport.settlement.ConnectOnboarding;
import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PayoutsNavigation {

    @Bean
    NavigationEntry payoutsLink() {
        return new NavigationEntry(ConnectOnboarding.PAYOUTS_ROUTE, "settlement.payouts.nav", Set.of("MERCHANT"), 24);
    }
}
