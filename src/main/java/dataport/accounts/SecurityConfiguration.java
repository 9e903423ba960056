package dataport.accounts;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dataport.accounts.ui.LoginView;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Spring Security the Vaadin way: views are denied unless annotated ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}); services check roles again with method security, since a view check alone is only UI.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AccountAuthenticationProvider accounts, CurrentUser currentUser, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Role.ADMIN.name())
                // The open DCAT-AP catalogue (opendata) is public, as the listing pages it describes are.
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/dcat/catalog", "/dcat/catalog.*")
                .permitAll());
        // Stripe's webhook carries no session or CSRF token: its signature is checked by the orders module instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/stripe/webhook"));
        // A new session id at sign-in (the attributes move along), so a planted session id is worthless.
        http.sessionManagement(sessions -> sessions.sessionFixation(
                SessionManagementConfigurer<HttpSecurity>.SessionFixationConfigurer::changeSessionId));
        // The protective response headers are set by shared.SecurityHeadersFilter, for Vaadin's pages too; Spring's
        // own framing and HSTS writers would only repeat them with other spellings.
        http.headers(headers ->
                headers.frameOptions(frames -> frames.disable()).httpStrictTransportSecurity(hsts -> hsts.disable()));
        http.authenticationProvider(accounts);
        http.addFilterAfter(new RoleRefreshFilter(currentUser, clock), SecurityContextHolderFilter.class);
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        // Every other request reaches Vaadin, whose view access control denies what is not annotated;
                        // an unknown address then gets the translated 404 page instead of a bare 403.
                        .anyRequest(any -> any.permitAll()));
        return http.build();
    }

    /** bcrypt today; the {id} prefix lets a stronger scheme take over without resetting anyone's password. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
