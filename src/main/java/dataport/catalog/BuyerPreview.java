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
        ListingContent shown = c.toBuilder()
                .title(ListingContents.orEmpty(c.title()))
                .summary(ListingContents.orEmpty(c.summary()))
                .description(ListingContents.orEmpty(c.description()))
                .sla(ListingContents.orEmpty(c.sla()))
                .licence(ListingContents.orEmpty(c.licence()))
                .build();
        return new ListingDetails(id, version, status, shown, category, merchant, null);
    }
}
