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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security the Vaadin way: views are denied unless annotated ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}); services check roles again with method security, since a view check alone is only UI.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * What pages may load. Vaadin's client engine needs inline and eval'd scripts and inline styles (its documented
     * minimum, "Content Security Policy" in the Vaadin docs); everything else comes from this origin only: images and
     * fonts are served by the app (data: and blob: for thumbnails and generated files), no plugins, no framing by other
     * sites, forms post only here. Stripe Checkout is a top-level navigation, which CSP does not restrict.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AccountAuthenticationProvider accounts, CurrentUser currentUser, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Role.ADMIN.name()));
        // Stripe's webhook carries no session or CSRF token: its signature is checked by the orders module instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/stripe/webhook"));
        // A new session id at sign-in (the attributes move along), so a planted session id is worthless.
        http.sessionManagement(sessions -> sessions.sessionFixation(
                SessionManagementConfigurer<HttpSecurity>.SessionFixationConfigurer::changeSessionId));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.deny())
                // Only on HTTPS responses (a browser ignores it over HTTP): a year, sub-domains included.
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
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
