package dataport.catalog;

import dataport.shared.Bilingual;
import java.time.Instant;
import java.util.Objects;

/**
 * One licence policy as it was offered, immutable (table {@code licence_policy}, append-only): the listing's terms and
 * the merchant's additions at that moment, whose listing and merchant it was. Served as ODRL at {@code
 * /odrl/policies/{uid}}; an order keeps the uid it was bought under.
 */
public record LicencePolicy(
        String uid,
        long listingId,
        long merchantId,
        String merchantSlug,
        LicenceTerms terms,
        Bilingual additions,
        Instant createdAt) {

    public LicencePolicy {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(terms, "terms");
        additions = additions == null ? Bilingual.of(null, null) : additions;
    }

    /** The policy's path on the site, e.g. {@code odrl/policies/3fa2…}. */
    public String path() {
        return LicencePolicies.POLICY_PATH + uid;
    }
}
