package dataport.exhibits;

import dataport.shared.Bilingual;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An exhibit in the curators' list.
 *
 * @param live whether buyers see it right now
 * @param hiddenItems how many of its items buyers no longer see (the listing or merchant stopped being published)
 */
public record CurationRow(
        long id,
        String slug,
        String hallTrack,
        Bilingual title,
        ExhibitState state,
        boolean live,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        int priority,
        int items,
        int hiddenItems) {}
