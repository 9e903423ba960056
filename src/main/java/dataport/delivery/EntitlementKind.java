package dataport.delivery;

import dataport.catalog.DeliveryMode;

/** What a paid order unlocks, decided by the listing's delivery mode. */
public enum EntitlementKind {
    /** The merchant's deliverable file, through signed, expiring, count-limited links. */
    DOWNLOAD,
    /** API keys the buyer creates, checked by the merchant's gateway. */
    API_KEY,
    /** An access period; the merchant fulfils it (SaaS account, line, installation, service) and marks it delivered. */
    ACCESS;

    public static EntitlementKind of(DeliveryMode mode) {
        return switch (mode) {
            case FILE -> DOWNLOAD;
            case API -> API_KEY;
            case SAAS, DEDICATED_LINE, ON_PREMISE, PROFESSIONAL_SERVICE -> ACCESS;
        };
    }
}
