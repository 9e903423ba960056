package dataport.imports.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportNavigation {

    @Bean
    NavigationEntry bulkImportLink() {
        return new NavigationEntry(ImportView.ROUTE, "import.nav", Set.of("MERCHANT"), 21);
    }

    @Bean
    NavigationEntry adminImportLink() {
        return new NavigationEntry(ImportView.ADMIN_ROUTE, "import.admin.nav", Set.of("ADMIN"), 91);
    }
}
