package dataport.demo;

import java.util.List;

/** The shape of {@code demo/catalogue.json}. */
record DemoCatalogue(
        List<CategoryNode> categories,
        List<MerchantEntry> merchants,
        List<ListingEntry> listings,
        List<WhitelistGrantEntry> whitelist) {

    /** A whitelist entry starting {@code startedDaysAgo} before today, for {@code validDays} days (null: no end). */
    record WhitelistGrantEntry(
            String merchant, String scopeEn, String scopeZh, int startedDaysAgo, Integer validDays, String note) {}

    record CategoryNode(String code, String nameEn, String nameZh, List<CategoryNode> children) {}

    record MerchantEntry(
            String slug,
            String nameEn,
            String nameZh,
            String origin,
            String country,
            String city,
            String website,
            String registrationNumber,
            Integer foundedYear,
            String descriptionEn,
            String descriptionZh) {}

    record ListingEntry(
            String merchant,
            String category,
            String titleEn,
            String titleZh,
            String summaryEn,
            String summaryZh,
            String descriptionEn,
            String descriptionZh,
            List<String> tags,
            List<String> tagsZh,
            String deliveryMode,
            String classification,
            boolean personalInformation,
            boolean crossBorder,
            List<String> regions,
            List<String> languages,
            String updateFrequency,
            String slaEn,
            String slaZh,
            String licenceEn,
            String licenceZh,
            int publishedDaysAgo,
            List<PlanEntry> plans) {}

    record PlanEntry(
            String nameEn,
            String nameZh,
            String model,
            String period,
            String unitEn,
            String unitZh,
            String price,
            String currency) {}
}
