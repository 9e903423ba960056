package dataport.search.internal;

import dataport.catalog.ListingDetails;
import dataport.shared.RatingSummary;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A published listing as stored in the index: flat, denormalised, both languages side by side.
 *
 * @param whitelisted the merchant's whitelist state when the listing was indexed (the page shows today's from the
 *     database; the index copy only serves the whitelist filter)
 * @param priceUsdMinor the cheapest priced plan in indicative US cents ({@link ExchangeRates}), for price bands and
 *     price order only
 * @param suggest completion inputs: both titles, and each title from its later words on (see {@link #suggestInputs})
 * @param ratingAverage the plain average of the visible ratings as shown (one decimal), for the rating facet; null
 *     without ratings, as are the other rating fields
 * @param ratingScore the Bayesian average ({@link RatingSummary#bayesian()}) the "best rated" order sorts by
 * @param ratingRevision grows with every change of the listing's reviews: part of the document's external version
 *     (see {@link ListingIndex}), so a rating written late never replaces a newer one
 * @param glossTitleEn index-time translation ({@link IndexTimeTranslation}): English glosses of a Chinese title whose
 *     English title is missing; null otherwise, as are the other three
 * @param glossSummaryEn English glosses of a Chinese summary whose English summary is missing
 * @param glossTitleZh Chinese words for an English title whose Chinese title is missing
 * @param glossSummaryZh Chinese words for an English summary whose Chinese summary is missing
 */
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
        String publishedAt,
        Boolean whitelisted,
        Long priceUsdMinor,
        List<String> suggest,
        Integer ratingCount,
        Long ratingSum,
        Double ratingAverage,
        Double ratingScore,
        Long ratingRevision,
        List<String> glossTitleEn,
        List<String> glossSummaryEn,
        List<String> glossTitleZh,
        List<String> glossSummaryZh) {

    /**
     * The document's rating summary, as stored (none without rating fields). Static, so that the JSON mapper never
     * takes it for a property of the document.
     */
    static RatingSummary ratingOf(ListingDocument d) {
        return d.ratingCount() == null || d.ratingCount() == 0 || d.ratingSum() == null
                ? RatingSummary.NONE
                : new RatingSummary(d.ratingCount(), d.ratingSum());
    }

    /** The listing's document without ratings. */
    static ListingDocument of(ListingDetails l) {
        return of(l, null);
    }

    static ListingDocument of(ListingDetails l, RatingSummary rating) {
        boolean rated = rating != null && !rating.isEmpty();
        var cheapest = l.cheapestPlan();
        var category = l.category();
        var track = category.track();
        var merchant = l.merchant();
        return new ListingDocument(
                l.id(),
                l.version(),
                l.content().title().en(),
                l.content().title().zh(),
                l.content().summary().en(),
                l.content().summary().zh(),
                l.content().description().en(),
                l.content().description().zh(),
                l.content().tags(),
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
                l.content().deliveryMode().name(),
                l.content().classification().name(),
                l.handlesPersonalInformation(),
                l.content().crossBorder(),
                l.content().regions(),
                l.content().languages(),
                l.plans().stream().map(p -> p.model().name()).distinct().toList(),
                cheapest.map(p -> p.price().minorUnits()).orElse(null),
                cheapest.map(p -> p.price().currency().getCurrencyCode()).orElse(null),
                cheapest.map(p -> p.model().name()).orElse(null),
                cheapest.map(p -> p.period() == null ? null : p.period().name()).orElse(null),
                l.publishedAt() == null ? null : l.publishedAt().toString(),
                merchant.whitelisted(),
                l.plans().stream()
                        .filter(p -> p.price() != null)
                        .map(p -> ExchangeRates.usdMinor(p.price()))
                        .filter(Objects::nonNull)
                        .min(Long::compare)
                        .orElse(null),
                suggestInputs(l.content().title().en(), l.content().title().zh()),
                rated ? rating.count() : null,
                rated ? rating.sum() : null,
                rated ? rating.average().doubleValue() : null,
                rated ? rating.bayesian() : null,
                rating == null ? null : rating.revision(),
                null,
                null,
                null,
                null);
    }

    /** This document with the given index-time translations (see {@link IndexTimeTranslation}). */
    ListingDocument withGlosses(
            List<String> forTitleEn, List<String> forSummaryEn, List<String> forTitleZh, List<String> forSummaryZh) {
        return new ListingDocument(
                id,
                version,
                titleEn,
                titleZh,
                summaryEn,
                summaryZh,
                descriptionEn,
                descriptionZh,
                tags,
                merchantId,
                merchantNameEn,
                merchantNameZh,
                merchantOrigin,
                merchantCountry,
                categoryCode,
                categoryNameEn,
                categoryNameZh,
                trackCode,
                trackNameEn,
                trackNameZh,
                deliveryMode,
                classification,
                personalInformation,
                crossBorder,
                regions,
                languages,
                pricingModels,
                priceFromMinor,
                priceFromCurrency,
                priceFromModel,
                priceFromPeriod,
                publishedAt,
                whitelisted,
                priceUsdMinor,
                suggest,
                ratingCount,
                ratingSum,
                ratingAverage,
                ratingScore,
                ratingRevision,
                forTitleEn,
                forSummaryEn,
                forTitleZh,
                forSummaryZh);
    }

    /** English suffixes start at each of the first few words; Chinese ones at each of the first few characters. */
    private static final int MAX_SUFFIXES = 8;

    /**
     * A completion field only matches from the start of an input, so the title's later words are inputs too: typing
     * "storage" or "存储" suggests "Lingang Object Cloud Storage" and "临港对象云存储". Bounded, to keep the index small.
     */
    static List<String> suggestInputs(String titleEn, String titleZh) {
        Set<String> inputs = new LinkedHashSet<>();
        if (titleEn != null && !titleEn.isBlank()) {
            String[] words = titleEn.strip().split("\\s+");
            for (int i = 0; i < words.length && i < MAX_SUFFIXES; i++) {
                if (Character.isLetterOrDigit(words[i].codePointAt(0))) {
                    inputs.add(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
                }
            }
        }
        if (titleZh != null && !titleZh.isBlank()) {
            String zh = titleZh.strip();
            int[] points = zh.codePoints().toArray();
            for (int i = 0; i < points.length && i < MAX_SUFFIXES; i++) {
                if (Character.UnicodeScript.of(points[i]) == Character.UnicodeScript.HAN) {
                    inputs.add(new String(points, i, points.length - i));
                }
            }
        }
        return List.copyOf(inputs);
    }
}
