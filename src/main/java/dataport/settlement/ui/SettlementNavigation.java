package dataport.settlement.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SettlementNavigation {

    @Bean
    NavigationEntry feesLink() {
        return new NavigationEntry(FeesView.ROUTE, "settlement.fees.nav", Set.of("ADMIN"), 136);
    }

    @Bean
    NavigationEntry disputesLink() {
        return new NavigationEntry(DisputesView.ROUTE, "settlement.disputes.nav", Set.of("ADMIN", "COMPLIANCE"), 137);
    }
}
