package dataport.delivery.ui;

import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryNavigation {

    @Bean
    NavigationEntry gatewayLink() {
        return new NavigationEntry(GatewayView.ROUTE, "delivery.gateway.nav", Set.of("MERCHANT"), 28);
    }
}
