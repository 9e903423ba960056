package dataport.merchants;

import dataport.shared.Bilingual;

/** What other modules and the pages know of a merchant. */
public record MerchantSummary(
        Long id,
        String slug,
        Bilingual name,
        Origin origin,
        String countryCode,
        String city,
        String website,
        Integer foundedYear,
        Bilingual description) {}
