package dataport.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** A user as the admin user list shows them; {@code roles} are the stored ones (MERCHANT is not stored). */
public record UserSummary(
        long id,
        String email,
        String displayName,
        Locale locale,
        Set<Role> roles,
        Instant emailVerifiedAt,
        Instant createdAt) {}
