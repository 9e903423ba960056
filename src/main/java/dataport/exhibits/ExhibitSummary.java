package dataport.exhibits;

import dataport.shared.Bilingual;
import java.time.Instant;
import java.time.ZoneId;

/** A published exhibit or hall as a tile on the home page. */
public record ExhibitSummary(
        String slug,
        String hallTrack,
        Bilingual title,
        Bilingual subtitle,
        String accentColour,
        Long bannerId,
        Integer bannerWidth,
        Integer bannerHeight,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        int shownItems) {

    /** Whether buyers see it at {@code now}: its schedule has started and not ended. */
    public boolean isLiveAt(Instant now) {
        return Exhibit.isScheduledAt(startsAt, endsAt, now);
    }
}
