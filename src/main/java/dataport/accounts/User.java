package dataport.accounts;

import dataport.shared.Languages;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

@Entity
@Table(name = "user_account")
class User {

    /** The roles an ADMIN grants; MERCHANT follows merchant membership instead, BUYER everyone has. */
    static final Set<Role> STAFF_ROLES = EnumSet.of(Role.CURATOR, Role.COMPLIANCE, Role.ADMIN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(nullable = false, length = 8)
    private String locale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected User() {}

    User(String email, String passwordHash, String displayName, Locale locale, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = displayName.strip();
        this.locale = Languages.tag(locale);
        this.createdAt = createdAt;
        this.roles.add(Role.BUYER);
    }

    /** Addresses are compared and stored lower-cased, so Ann@X and ann@x are one account. */
    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    void verifyEmail(Instant when) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = when;
        }
    }

    boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    void grant(Role role) {
        requireStaffRole(role);
        roles.add(role);
    }

    void revoke(Role role) {
        requireStaffRole(role);
        roles.remove(role);
    }

    private static void requireStaffRole(Role role) {
        if (!STAFF_ROLES.contains(role)) {
            throw new IllegalArgumentException(role + " is not a staff role an admin can grant or revoke");
        }
    }

    boolean hasRole(Role role) {
        return roles.contains(role);
    }

    UserRef toRef(boolean merchant) {
        Set<Role> all = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (merchant) {
            all.add(Role.MERCHANT);
        }
        return new UserRef(id, email, displayName, getLocale(), Set.copyOf(all));
    }

    UserSummary toSummary() {
        return new UserSummary(id, email, displayName, getLocale(), Set.copyOf(roles), emailVerifiedAt, createdAt);
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    Locale getLocale() {
        return Languages.resolve(locale);
    }

    String rolesText() {
        return roles.stream().map(Role::name).sorted().toList().toString();
    }
}
