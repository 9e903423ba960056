package dataport.delivery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dataport.shared.ui.Times;
import java.time.Instant;
import java.util.Locale;

/** Times (the reader's zone, labelled, through {@link Times}) and sizes in the reader's language. */
final class Formats {

    private Formats() {}

    static String dateTime(Component owner, Instant at) {
        if (at == null) {
            return "";
        }
        return Times.format(locale(), at);
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
