package dataport;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * TEMPORARY, test-only (branch issue3-c): turns on method security so the tests can check the services' role rules
 * before the accounts work brings the real security configuration. Delete this class when merging with that work:
 * the real configuration enables method security for the application itself. Services use {@code @PreAuthorize};
 * JSR-250 stays off here, as with it every view annotated {@code @RolesAllowed} becomes a CGLIB proxy.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class TemporaryMethodSecurity {}
