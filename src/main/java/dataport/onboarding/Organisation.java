package dataport.onboarding;

import dataport.merchants.Origin;

/** Step (a) of the wizard: who the merchant is. Fields may be null in a draft. */
public record Organisation(
        Origin origin,
        String countryCode,
        String legalNameZh,
        String legalNameEn,
        String registrationNumber,
        String website,
        String contactName,
        String contactEmail,
        String contactPhone) {

    public static Organisation empty() {
        return new Organisation(null, null, null, null, null, null, null, null, null);
    }
}
