package dataport.settlement;

/** Where a merchant's money goes out. Mainland China (merchant country CN) → BANK_FILE; everyone else → STRIPE_CONNECT. */
public enum PayoutRail {
    STRIPE_CONNECT,
    BANK_FILE;

    /** The rail that serves a merchant of this country (ISO 3166 alpha-2). */
    public static PayoutRail forCountry(String countryCode) {
        return "CN".equalsIgnoreCase(countryCode) ? BANK_FILE : STRIPE_CONNECT;
    }
}
