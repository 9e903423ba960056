package dataport.evidence.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvidenceNavigation {

    @Bean
    NavigationEntry spotChecksNavigationEntry() {
        return new NavigationEntry("compliance/spot-checks", "evidence.nav.spot-checks", Set.of("COMPLIANCE"), 92);
    }

    @Bean
    NavigationEntry merchantSpotChecksNavigationEntry() {
        return new NavigationEntry(
                "workspace/spot-checks", "evidence.nav.merchant-spot-checks", Set.of("MERCHANT"), 58);
    }
}
