package dataport.exhibits;

import dataport.catalog.ListingDetails;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An exhibit as buyers see it: only the items still published (listings published by an active merchant, active
 * merchants), in the curator's order. The introduction is Markdown, rendered safely by the page.
 */
public record ExhibitPage(
        Long id,
        String slug,
        String hallTrack,
        Bilingual title,
        Bilingual subtitle,
        Bilingual intro,
        String accentColour,
        Long bannerId,
        Integer bannerWidth,
        Integer bannerHeight,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        List<Item> items) {

    /** A shown item: exactly one of listing and merchant is set. */
    public record Item(ItemKind kind, ListingDetails listing, MerchantSummary merchant, Bilingual note) {}

    public boolean isHall() {
        return hallTrack != null;
    }
}
