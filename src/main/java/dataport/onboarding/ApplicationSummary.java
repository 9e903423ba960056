package dataport.onboarding;

import dataport.merchants.Origin;
import java.time.Instant;

/** One row of the staff review queue. */
public record ApplicationSummary(
        long id,
        String legalNameEn,
        String legalNameZh,
        Origin origin,
        String countryCode,
        ApplicationState state,
        Instant submittedAt) {}
