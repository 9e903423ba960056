package dataport.statistics.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatisticsNavigation {

    @Bean
    NavigationEntry figuresLink() {
        return new NavigationEntry(FiguresView.ROUTE, "statistics.figures.nav", Set.of(), 8);
    }

    @Bean
    NavigationEntry analyticsLink() {
        return new NavigationEntry(AnalyticsView.ROUTE, "statistics.analytics.nav", Set.of("MERCHANT"), 22);
    }

    @Bean
    NavigationEntry statisticsLink() {
        return new NavigationEntry(
                StatisticsView.ROUTE, "statistics.nav", Set.of("ADMIN", "COMPLIANCE", "CURATOR"), 128);
    }
}
