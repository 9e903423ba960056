package dataport.exhibits;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Field name to translation key of each problem (the first one per field); empty when acceptable. */
    static Map<String, String> check(ExhibitContent c) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations(c).forEach(v -> errors.putIfAbsent(v.field(), v.messageKey()));
        return errors;
    }

    /**
     * Every broken rule, each naming its field and, for a length, the limit and the length found: a value too long is
     * refused with that message, never cut.
     */
    static List<ExhibitViolation> violations(ExhibitContent c) {
        List<ExhibitViolation> errors = new ArrayList<>();
        if (c.slug() == null || c.slug().isBlank()) {
            errors.add(ExhibitViolation.of("slug", "exhibits.error.required"));
        } else if (length(c.slug()) > SLUG_MAX) {
            tooLong(errors, "slug", c.slug(), SLUG_MAX);
        } else if (!SLUG.matcher(c.slug()).matches()) {
            errors.add(ExhibitViolation.of("slug", "exhibits.error.slug", SLUG_MAX));
        }
        if (c.title().en() == null && c.title().zh() == null) {
            errors.add(ExhibitViolation.of("title.en", "exhibits.error.title-required"));
        }
        tooLong(errors, "title.en", c.title().en(), TITLE_MAX);
        tooLong(errors, "title.zh", c.title().zh(), TITLE_MAX);
        tooLong(errors, "subtitle.en", c.subtitle().en(), SUBTITLE_MAX);
        tooLong(errors, "subtitle.zh", c.subtitle().zh(), SUBTITLE_MAX);
        tooLong(errors, "intro.en", c.intro().en(), INTRO_MAX);
        tooLong(errors, "intro.zh", c.intro().zh(), INTRO_MAX);
        if (c.accentColour() == null || !COLOUR.matcher(c.accentColour()).matches()) {
            errors.add(ExhibitViolation.of("accent", "exhibits.error.colour"));
        } else if (contrastWithWhite(c.accentColour()) < MIN_CONTRAST) {
            errors.add(ExhibitViolation.of("accent", "exhibits.error.contrast"));
        }
        if (c.startsAt() != null && c.endsAt() != null && !c.endsAt().isAfter(c.startsAt())) {
            errors.add(ExhibitViolation.of("endsAt", "exhibits.error.end-before-start"));
        }
        try {
            c.zone().getRules();
        } catch (DateTimeException e) {
            errors.add(ExhibitViolation.of("zone", "exhibits.error.zone"));
        }
        if (c.priority() < PRIORITY_MIN || c.priority() > PRIORITY_MAX) {
            errors.add(ExhibitViolation.of("priority", "exhibits.error.priority", PRIORITY_MIN, PRIORITY_MAX));
        }
        if (c.items().size() > ITEMS_MAX) {
            errors.add(ExhibitViolation.of("items", "exhibits.error.too-many-items", ITEMS_MAX));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.items().size(); i++) {
            ItemRef item = c.items().get(i);
            if (!seen.add(item.kind() + ":" + item.targetId())) {
                errors.add(ExhibitViolation.of("items", "exhibits.error.duplicate-item"));
            }
            tooLong(errors, ExhibitViolation.noteField(i, "en"), item.note().en(), NOTE_MAX);
            tooLong(errors, ExhibitViolation.noteField(i, "zh"), item.note().zh(), NOTE_MAX);
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

    private static void tooLong(List<ExhibitViolation> errors, String field, String text, int max) {
        if (length(text) > max) {
            errors.add(ExhibitViolation.of(field, "exhibits.error.too-long", max, length(text)));
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
