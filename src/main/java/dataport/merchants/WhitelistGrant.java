package dataport.merchants;

import dataport.shared.Bilingual;
import java.time.Instant;
import java.time.LocalDate;

/** A whitelist entry as staff pages and other modules see it; {@code state} is as of the day it was read. */
public record WhitelistGrant(
        Long id,
        long version,
        long merchantId,
        String merchantSlug,
        Bilingual merchantName,
        Bilingual scope,
        LocalDate validFrom,
        LocalDate validTo,
        String note,
        String grantedBy,
        Instant grantedAt,
        Instant revokedAt,
        String revokedBy,
        String revokedReason,
        State state) {

    public enum State {
        /** Valid today. */
        CURRENT,
        /** Starts on a later day. */
        UPCOMING,
        /** Its last day has passed. */
        EXPIRED,
        /** Ended early by staff. */
        REVOKED
    }
}
