package dataport.catalog;

import dataport.merchants.MerchantSummary;
import java.util.List;

/**
 * Content not yet published, shaped as buyers will see it: the one builder behind the merchant's preview and the
 * reviewer's view, so both show exactly what publication would show.
 */
final class BuyerPreview {

    private BuyerPreview() {}

    static ListingDetails of(
            ListingContent c,
            List<CategoryRef> categories,
            MerchantSummary merchant,
            Long id,
            long version,
            ListingStatus status) {
        CategoryRef category = c.categoryCode() == null
                ? null
                : categories.stream()
                        .filter(r -> r.code().equals(c.categoryCode()))
                        .findFirst()
                        .orElse(null);
        return new ListingDetails(
                id,
                version,
                status,
                ListingContents.orEmpty(c.title()),
                ListingContents.orEmpty(c.summary()),
                ListingContents.orEmpty(c.description()),
                category,
                merchant,
                c.deliveryMode(),
                c.classification(),
                Boolean.TRUE.equals(c.personalInformation()),
                c.crossBorder(),
                c.updateFrequency(),
                ListingContents.orEmpty(c.sla()),
                ListingContents.orEmpty(c.licence()),
                c.tags(),
                c.regions(),
                c.languages(),
                c.plans().stream()
                        .map(p -> new ListingDetails.Plan(p.name(), p.model(), p.period(), p.unit(), p.price()))
                        .toList(),
                null);
    }
}
