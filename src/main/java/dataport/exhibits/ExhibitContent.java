package dataport.exhibits;

import dataport.shared.Bilingual;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a curator edits: texts in both languages (the introduction is Markdown), look, schedule and items. The
 * schedule is wall-clock time in {@code zone}, as the curator entered it; a missing start means "from publication",
 * a missing end "until archived".
 */
public record ExhibitContent(
        String slug,
        Bilingual title,
        Bilingual subtitle,
        Bilingual intro,
        String accentColour,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        ZoneId zone,
        int priority,
        List<ItemRef> items) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    public static final String DEFAULT_ACCENT = "#0b3d91";

    public ExhibitContent {
        title = title == null ? Bilingual.of(null, null) : title;
        subtitle = subtitle == null ? Bilingual.of(null, null) : subtitle;
        intro = intro == null ? Bilingual.of(null, null) : intro;
        zone = zone == null ? DEFAULT_ZONE : zone;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
