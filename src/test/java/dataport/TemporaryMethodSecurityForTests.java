package dataport;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * TEMPORARY, test sources only (onboarding branch, issue 3): turns on {@code @PreAuthorize} and {@code @RolesAllowed}
 * so the onboarding tests prove the service refuses the wrong users. The accounts branch configures Spring Security
 * for the application (including method security); delete this class when merging it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class TemporaryMethodSecurityForTests {}
