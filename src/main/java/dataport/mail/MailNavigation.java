package dataport.mail;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailNavigation {

    @Bean
    NavigationEntry adminMailLink() {
        return new NavigationEntry("admin/mail", "mail.nav", Set.of("ADMIN"), 910);
    }
}
