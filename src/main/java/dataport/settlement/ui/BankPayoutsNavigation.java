package dataport.settlement.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BankPayoutsNavigation {

    /** The merchant's payout settings (both rails' sections live on this one page). */
    @Bean
    NavigationEntry payoutSettingsLink() {
        return new NavigationEntry(PayoutsView.ROUTE, "settlement-bank.nav.payouts", Set.of("MERCHANT"), 29);
    }

    @Bean
    NavigationEntry bankPayoutsLink() {
        return new NavigationEntry(BankPayoutsView.ROUTE, "settlement-bank.nav.admin", Set.of("ADMIN"), 136);
    }
}
