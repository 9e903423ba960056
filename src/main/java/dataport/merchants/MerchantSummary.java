package dataport.merchants;

import dataport.shared.Bilingual;

/**
 * What other modules and the pages know of a merchant.
 *
 * @param whitelisted whether the merchant is on the international information-services whitelist today (Asia/Shanghai)
 * @param whitelistScope the scope of that whitelist entry in both languages (several joined by "; "), or null when not
 *     whitelisted; the page picks the reader's language
 * @param contactEmail where buyers reach the merchant, or null when it gave none
 */
public record MerchantSummary(
        Long id,
        String slug,
        Bilingual name,
        Origin origin,
        String countryCode,
        String city,
        String website,
        Integer foundedYear,
        Bilingual description,
        MerchantStatus status,
        boolean whitelisted,
        Bilingual whitelistScope,
        String contactEmail) {

    public boolean isActive() {
        return status == MerchantStatus.ACTIVE;
    }
}
