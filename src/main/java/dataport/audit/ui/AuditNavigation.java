package dataport.audit.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditNavigationEntry() {
        return new NavigationEntry("staff/audit", "audit.nav", Set.of("COMPLIANCE", "ADMIN"), 90);
    }
}
