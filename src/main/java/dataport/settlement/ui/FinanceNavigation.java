package dataport.settlement.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FinanceNavigation {

    @Bean
    NavigationEntry financeLink() {
        return new NavigationEntry(FinanceView.ROUTE, "finance.nav", Set.of("MERCHANT"), 22);
    }

    @Bean
    NavigationEntry reconciliationLink() {
        return new NavigationEntry(ReconciliationView.ROUTE, "finance.reconciliation.nav", Set.of("ADMIN"), 137);
    }
}
