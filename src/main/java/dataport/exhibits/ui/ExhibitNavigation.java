package dataport.exhibits.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExhibitNavigation {

    @Bean
    NavigationEntry curationEntry() {
        return new NavigationEntry(CurationView.ROUTE, "exhibits.nav", Set.of("CURATOR", "ADMIN"), 80);
    }
}
