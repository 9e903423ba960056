package dataport.accounts;

import dataport.shared.Languages;
import dataport.shared.ui.HasDisplayName;
import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. Its roles are computed at sign-in, MERCHANT included, and replaced when
 * {@link CurrentUser#refresh()} finds them changed (on the onboarding page, and every half minute by
 * {@link RoleRefreshFilter}).
 */
final class SignedInUser implements UserDetails, CredentialsContainer, HasDisplayName {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String name;
    private final String languageTag;
    private final EnumSet<Role> roles;
    private final boolean emailVerified;
    private String passwordHash;

    SignedInUser(UserRef ref, String passwordHash, boolean emailVerified) {
        this.id = ref.id();
        this.email = ref.email();
        this.name = ref.displayName();
        this.languageTag = Languages.tag(ref.locale());
        this.roles = ref.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(ref.roles());
        this.passwordHash = passwordHash;
        this.emailVerified = emailVerified;
    }

    UserRef ref() {
        return new UserRef(id, email, name, Languages.resolve(languageTag), Set.copyOf(roles));
    }

    boolean isEmailVerified() {
        return emailVerified;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
