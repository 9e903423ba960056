package dataport.orders.ui;

import dataport.orders.OrderService;
import dataport.shared.ui.HeaderMarker;
import dataport.shared.ui.NavigationEntry;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrdersNavigation {

    @Bean
    NavigationEntry myPurchasesLink() {
        return new NavigationEntry(MyPurchasesView.ROUTE, "orders.purchases.nav", Set.of("BUYER"), 15);
    }

    @Bean
    NavigationEntry merchantOrdersLink() {
        return new NavigationEntry(MerchantOrdersView.ROUTE, "orders.sales.nav", Set.of("MERCHANT"), 21);
    }

    @Bean
    NavigationEntry exchangeRatesLink() {
        return new NavigationEntry(ExchangeRatesView.ROUTE, "orders.rates.nav", Set.of("ADMIN"), 135);
    }

    /** "Test mode" in the header whenever payments are pretend (the emulator or Stripe test keys). */
    @Bean
    HeaderMarker testModeMarker(OrderService orders) {
        return () -> orders.testMode() ? "orders.test-mode" : null;
    }
}
