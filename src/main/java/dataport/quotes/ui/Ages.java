package dataport.quotes.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;

/** How long something has waited, in whole days, else hours, else "just now". */
final class Ages {

    private Ages() {}

    static String of(Component owner, Instant since, Instant now) {
        Duration age = Duration.between(since, now);
        if (age.toDays() >= 1) {
            return owner.getTranslation("quotes.age.days", age.toDays());
        }
        if (age.toHours() >= 1) {
            return owner.getTranslation("quotes.age.hours", age.toHours());
        }
        return owner.getTranslation("quotes.age.now");
    }
}
