package dataport.delivery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates (Beijing time, as the rest of the site shows them) and sizes in the reader's language. */
final class Formats {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Formats() {}

    static String dateTime(Component owner, Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(ZONE)
                .format(at);
    }

    /** The page's language (components only know theirs through their UI). */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String size(Component owner, long bytes) {
        if (bytes < 1024) {
            return owner.getTranslation("delivery.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return owner.getTranslation("delivery.size.kb", (bytes + 1023) / 1024);
        }
        return owner.getTranslation("delivery.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
