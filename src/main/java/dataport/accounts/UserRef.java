package dataport.accounts;

import java.util.Locale;
import java.util.Set;

/** A user as other modules see them. */
public record UserRef(long id, String email, String displayName, Locale locale, Set<Role> roles) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
