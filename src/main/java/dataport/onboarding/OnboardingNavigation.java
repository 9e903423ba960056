package dataport.onboarding;

import dataport.accounts.Role;
import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's links in the main navigation. */
@Configuration(proxyBeanMethods = false)
class OnboardingNavigation {

    /** Signed-in users who are not merchants yet see "Become a merchant". */
    @Bean
    NavigationEntry onboardingLink() {
        return new NavigationEntry("onboarding", "onboarding.nav.apply", Set.of(Role.BUYER.name()), 60)
                .notFor(Role.MERCHANT.name(), Role.CURATOR.name(), Role.COMPLIANCE.name(), Role.ADMIN.name());
    }

    @Bean
    NavigationEntry reviewQueueLink() {
        return new NavigationEntry("staff/applications", "onboarding.nav.queue", Set.of(Role.COMPLIANCE.name()), 110);
    }
}
