package dataport.accounts;

/** What a person may do on DataPort. A user can hold several roles; staff roles are granted by an ADMIN. */
public enum Role {
    BUYER,
    MERCHANT,
    CURATOR,
    COMPLIANCE,
    ADMIN;

    /** The Spring Security authority of this role, as {@code @RolesAllowed} and {@code hasRole} expect it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
