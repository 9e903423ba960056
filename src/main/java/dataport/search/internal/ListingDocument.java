package dataport.search.internal;

import dataport.catalog.ListingDetails;
import java.util.List;

/** A published listing as stored in the index: flat, denormalised, both languages side by side. */
public record ListingDocument(
        long id,
        long version,
        String titleEn,
        String titleZh,
        String summaryEn,
        String summaryZh,
        String descriptionEn,
        String descriptionZh,
        List<String> tags,
        long merchantId,
        String merchantNameEn,
        String merchantNameZh,
        String merchantOrigin,
        String merchantCountry,
        String categoryCode,
        String categoryNameEn,
        String categoryNameZh,
        String trackCode,
        String trackNameEn,
        String trackNameZh,
        String deliveryMode,
        String classification,
        boolean personalInformation,
        boolean crossBorder,
        List<String> regions,
        List<String> languages,
        List<String> pricingModels,
        Long priceFromMinor,
        String priceFromCurrency,
        String priceFromModel,
        String priceFromPeriod,
        String publishedAt) {

    static ListingDocument of(ListingDetails l) {
        var cheapest = l.cheapestPlan();
        var category = l.category();
        var track = category.track();
        var merchant = l.merchant();
        return new ListingDocument(
                l.id(),
                l.version(),
                l.title().en(),
                l.title().zh(),
                l.summary().en(),
                l.summary().zh(),
                l.description().en(),
                l.description().zh(),
                l.tags(),
                merchant.id(),
                merchant.name().en(),
                merchant.name().zh(),
                merchant.origin().name(),
                merchant.countryCode(),
                category.code(),
                category.name().en(),
                category.name().zh(),
                track.code(),
                track.name().en(),
                track.name().zh(),
                l.deliveryMode().name(),
                l.classification().name(),
                l.personalInformation(),
                l.crossBorder(),
                l.regions(),
                l.languages(),
                l.plans().stream().map(p -> p.model().name()).distinct().toList(),
                cheapest.map(p -> p.price().minorUnits()).orElse(null),
                cheapest.map(p -> p.price().currency().getCurrencyCode()).orElse(null),
                cheapest.map(p -> p.model().name()).orElse(null),
                cheapest.map(p -> p.period() == null ? null : p.period().name()).orElse(null),
                l.publishedAt() == null ? null : l.publishedAt().toString());
    }
}
