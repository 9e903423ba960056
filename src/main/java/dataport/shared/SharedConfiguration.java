package dataport.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** One clock for the whole app, so tests can pin time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
