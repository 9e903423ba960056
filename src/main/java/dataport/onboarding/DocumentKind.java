package dataport.onboarding;

import dataport.merchants.Origin;

/** Documents an applicant uploads; which one is required depends on the origin. */
public enum DocumentKind {
    BUSINESS_LICENCE,
    CERTIFICATE_OF_INCORPORATION,
    OTHER;

    public static DocumentKind requiredFor(Origin origin) {
        return origin == Origin.DOMESTIC ? BUSINESS_LICENCE : CERTIFICATE_OF_INCORPORATION;
    }
}
