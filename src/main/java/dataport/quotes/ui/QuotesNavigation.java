package dataport.quotes.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuotesNavigation {

    @Bean
    NavigationEntry myQuotesLink() {
        return new NavigationEntry(MyQuotesView.ROUTE, "quotes.mine.nav", Set.of("BUYER"), 16);
    }

    @Bean
    NavigationEntry merchantQuotesLink() {
        return new NavigationEntry(WorkspaceQuotesView.ROUTE, "quotes.workspace.nav", Set.of("MERCHANT"), 22);
    }
}
