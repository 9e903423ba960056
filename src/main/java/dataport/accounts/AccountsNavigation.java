package dataport.accounts;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationEntry adminUsersLink() {
        return new NavigationEntry("admin/users", "accounts.nav.users", Set.of(Role.ADMIN.name()), 900);
    }
}
