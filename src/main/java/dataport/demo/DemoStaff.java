package dataport.demo;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The member of staff the demo data acts as. Defining categories is an admin's job; registering merchants,
 * publishing listings and granting whitelist entries are compliance decisions, and the halls a curator's: checked by
 * the services, the demo data takes these roles, under its own name, so the audit trail says who made them.
 */
@Component
class DemoStaff {

    static final String NAME = "system (demo data)";

    private final SecurityContextHolderStrategy securityContexts;

    DemoStaff(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    void run(Runnable work) {
        SecurityContext previous = securityContexts.getContext();
        SecurityContext staff = securityContexts.createEmptyContext();
        staff.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                NAME,
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_COMPLIANCE"),
                        new SimpleGrantedAuthority("ROLE_ADMIN"),
                        new SimpleGrantedAuthority("ROLE_CURATOR"))));
        securityContexts.setContext(staff);
        try {
            work.run();
        } finally {
            securityContexts.setContext(previous);
        }
    }
}
