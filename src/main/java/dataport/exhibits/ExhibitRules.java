package dataport.exhibits;

import java.time.DateTimeException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The limits of an exhibit's content, checked on the server whatever the form did. */
final class ExhibitRules {

    static final int SLUG_MAX = 80;
    static final int TITLE_MAX = 200;
    static final int SUBTITLE_MAX = 300;
    static final int INTRO_MAX = 20_000;
    static final int NOTE_MAX = 600;
    static final int ITEMS_MAX = 60;
    static final int PRIORITY_MIN = -1000;
    static final int PRIORITY_MAX = 1000;
    /** WCAG AA for normal text: the white title and subtitle on the accent colour must be readable. */
    static final double MIN_CONTRAST = 4.5;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private ExhibitRules() {}

    /** Field name to translation key of each problem; empty when the content is acceptable. */
    static Map<String, String> check(ExhibitContent c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.slug() == null || c.slug().isBlank()) {
            errors.put("slug", "exhibits.error.required");
        } else if (c.slug().length() > SLUG_MAX || !SLUG.matcher(c.slug()).matches()) {
            errors.put("slug", "exhibits.error.slug");
        }
        if (c.title().en() == null && c.title().zh() == null) {
            errors.put("title.en", "exhibits.error.title-required");
        }
        tooLong(errors, "title.en", c.title().en(), TITLE_MAX);
        tooLong(errors, "title.zh", c.title().zh(), TITLE_MAX);
        tooLong(errors, "subtitle.en", c.subtitle().en(), SUBTITLE_MAX);
        tooLong(errors, "subtitle.zh", c.subtitle().zh(), SUBTITLE_MAX);
        tooLong(errors, "intro.en", c.intro().en(), INTRO_MAX);
        tooLong(errors, "intro.zh", c.intro().zh(), INTRO_MAX);
        if (c.accentColour() == null || !COLOUR.matcher(c.accentColour()).matches()) {
            errors.put("accent", "exhibits.error.colour");
        } else if (contrastWithWhite(c.accentColour()) < MIN_CONTRAST) {
            errors.put("accent", "exhibits.error.contrast");
        }
        if (c.startsAt() != null && c.endsAt() != null && !c.endsAt().isAfter(c.startsAt())) {
            errors.put("endsAt", "exhibits.error.end-before-start");
        }
        try {
            c.zone().getRules();
        } catch (DateTimeException e) {
            errors.put("zone", "exhibits.error.zone");
        }
        if (c.priority() < PRIORITY_MIN || c.priority() > PRIORITY_MAX) {
            errors.put("priority", "exhibits.error.priority");
        }
        if (c.items().size() > ITEMS_MAX) {
            errors.put("items", "exhibits.error.too-many-items");
        }
        Set<String> seen = new HashSet<>();
        for (ItemRef item : c.items()) {
            if (!seen.add(item.kind() + ":" + item.targetId())) {
                errors.put("items", "exhibits.error.duplicate-item");
            }
            if (length(item.note().en()) > NOTE_MAX || length(item.note().zh()) > NOTE_MAX) {
                errors.put("items", "exhibits.error.note-too-long");
            }
        }
        return errors;
    }

    /** The contrast ratio of white text on the colour {@code #rrggbb}, 1 to 21. */
    static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static void tooLong(Map<String, String> errors, String field, String text, int max) {
        if (length(text) > max) {
            errors.put(field, "exhibits.error.too-long");
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
