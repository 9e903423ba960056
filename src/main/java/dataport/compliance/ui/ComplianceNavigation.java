package dataport.compliance.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComplianceNavigation {

    @Bean
    NavigationEntry assessmentQueueLink() {
        return new NavigationEntry(AssessmentQueueView.ROUTE, "compliance.queue.nav", Set.of("COMPLIANCE"), 115);
    }

    @Bean
    NavigationEntry factsVerificationLink() {
        return new NavigationEntry(FactsVerificationView.ROUTE, "compliance.verify.nav", Set.of("COMPLIANCE"), 116);
    }

    @Bean
    NavigationEntry rulesLink() {
        return new NavigationEntry(RulesView.ROUTE, "compliance.rules.nav", Set.of("COMPLIANCE"), 117);
    }

    @Bean
    NavigationEntry blockedRecipientsLink() {
        return new NavigationEntry(BlockedRecipientsView.ROUTE, "compliance.blocked.nav", Set.of("COMPLIANCE"), 118);
    }

    @Bean
    NavigationEntry merchantFactsLink() {
        return new NavigationEntry(MerchantFactsView.ROUTE, "compliance.facts.nav", Set.of("MERCHANT"), 24);
    }
}
