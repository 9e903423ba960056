package dataport.delivery.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The key check endpoint is called by machines with a secret in a header, not by a browser session: no CSRF token
 * (there is no cookie to forge a request with) and no session. Ordered before the site's Vaadin chain, which would
 * otherwise demand a CSRF token for the POST.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain keyCheckApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/keys/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
